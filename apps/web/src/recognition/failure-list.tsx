import { useI18n } from '../i18n/i18n';
import type { Recognition } from './recognition-types';

export function FailureList({ failures }: { failures: Recognition['failures'] }) {
  const { t, date, decimal } = useI18n();
  return (
    <section aria-labelledby="failures-title">
      <h3 id="failures-title">{t('recognition.failures')}</h3>
      {failures.length === 0 ? (
        <p className="empty">{t('recognition.noFailure')}</p>
      ) : (
        <ul className="failures">
          {failures.map((failure) => (
            <li key={failure.code}>
              <strong>{failure.code} – {failure.title}</strong>: {t(`result.${failure.result}`)}
              {failure.remedies.length === 0 ? (
                <p className="hint">{t('recognition.noRemedy')}</p>
              ) : (
                <ul>
                  {failure.remedies.map((remedy) => (
                    <li key={remedy.number}>
                      {t('recognition.remedy')} {remedy.number} ({t(`remedyKind.${remedy.kind}`)}): {remedy.description}, {remedy.recordedBy}, {date(remedy.recordedAt)}
                      {remedy.closed && ` → ${t(`remedyOutcome.${remedy.closed.outcome}`)}${remedy.closed.ectsObtained ? ` (${decimal(remedy.closed.ectsObtained)} ECTS)` : ''}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
