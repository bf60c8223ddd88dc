import type { AgreementWarning } from '../api/types';
import { DICTIONARY, MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';

const sentenceKey = (ruleId: string): MessageKey | undefined => {
  const key = `warning.${ruleId}`;
  return key in DICTIONARY.en ? (key as MessageKey) : undefined;
};

/**
 * What the content still lacks, kept without being refused: each item with its rule and field,
 * in the reader's language when the rule has a sentence in the dictionary, else as the server says it.
 */
export function AgreementWarnings({ warnings }: { warnings: AgreementWarning[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <section className="warnings" aria-labelledby="agreement-warnings-title" data-testid="agreement-warnings">
      <h2 id="agreement-warnings-title">{t('agreement.warnings.title')}</h2>
      <p className="hint">{t('agreement.warnings.hint')}</p>
      <ul>
        {warnings.map((warning) => {
          const key = sentenceKey(warning.ruleId);
          return (
            <li key={`${warning.ruleId} ${warning.field}`}>
              <code>{warning.field}</code> {key ? t(key) : warning.detail} <span className="hint">({warning.ruleId})</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
