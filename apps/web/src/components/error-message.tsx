import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** A refusal from the API, with its rule id; announced to screen readers. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error" role="alert">
      <strong>{error.status === 0 ? t('error.network') : `${t('error.title')} (${error.status})`}</strong>
      {error.status !== 0 && <p>{error.message}</p>}
      {error.ruleId && <p className="rule">{t('common.rule')}: {error.ruleId}</p>}
      {onRetry && <button type="button" onClick={onRetry}>{t('common.retry')}</button>}
    </div>
  );
}
