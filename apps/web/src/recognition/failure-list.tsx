import { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { REMEDY_KINDS } from './remedy-form';
import type { Recognition } from './recognition-types';

type Failure = Recognition['failures'][number];
const kindKey = (kind: string) => ((REMEDY_KINDS as readonly string[]).includes(kind) ? (`remedy.kind.${kind}` as `remedy.kind.${(typeof REMEDY_KINDS)[number]}`) : undefined);

/** Failed, not taken and missing components, each with its remedies (CTI-REC-5); `action` is what the reader may do about one. */
export function FailureList({ failures, action }: { failures: Recognition['failures']; action?: (failure: Failure) => ReactNode }) {
  const { t, date, decimal } = useI18n();
  return (
    <section aria-labelledby="failures-title">
      <h3 id="failures-title">{t('recognition.failures')}</h3>
      {failures.length === 0 ? (
        <p className="empty">{t('recognition.noFailure')}</p>
      ) : (
        <ul className="failures">
          {failures.map((failure) => (
            <li key={failure.code} data-testid={`failure-${failure.code}`}>
              <strong>{failure.code} – {failure.title}</strong>: {t(`result.${failure.result as 'failed' | 'missing'}`)}
              {failure.remedies.length === 0 ? (
                <p className="hint">{t('recognition.noRemedy')}</p>
              ) : (
                <ul>
                  {failure.remedies.map((remedy) => {
                    const key = kindKey(remedy.kind);
                    return (
                      <li key={remedy.number}>
                        {t('recognition.remedy')} {remedy.number} ({key ? t(key) : remedy.kind}): {remedy.description}, {remedy.recordedBy}, {date(remedy.recordedAt)}
                        {remedy.closed
                          ? ` → ${t(`remedy.outcome.${remedy.closed.outcome}`)}${remedy.closed.ectsObtained ? ` (${decimal(remedy.closed.ectsObtained)} ECTS)` : ''}`
                          : ` → ${t('remedy.open')}`}
                      </li>
                    );
                  })}
                </ul>
              )}
              {action?.(failure)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
