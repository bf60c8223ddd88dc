import type { Verification } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function VerificationResult({ result }: { result: Verification }) {
  const { t } = useI18n();
  return (
    <section className={`verification ${result.status}`} aria-labelledby="verification-title" data-testid="verification">
      <h3 id="verification-title">{t('audit.verify')}</h3>
      <p>
        {result.status === 'intact'
          ? `✓ ${t('audit.intact', { n: result.events })}`
          : `✗ ${t('audit.broken', { revision: result.brokenAt.revision, type: result.brokenAt.type ?? '?', reason: result.brokenAt.reason })}`}
      </p>
    </section>
  );
}
