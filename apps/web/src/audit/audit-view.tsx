import { useState } from 'react';
import { ApiError, download } from '../api/client';
import type { AuditTimeline, Verification } from '../api/types';
import { asApiError, useApi } from '../api/use-api';
import { ErrorMessage } from '../components/error-message';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { VerificationResult } from './verification-result';

/** The agreement's history in plain words, the hash chain recomputed from the store, and exports. */
export function AuditView({ mobilityId }: { mobilityId: string }) {
  const { t, date, language } = useI18n();
  const trail = useApi<AuditTimeline>(`/agreements/${mobilityId}/audit?lang=${language}`);
  const verification = useApi<Verification>(`/agreements/${mobilityId}/audit/verify`);
  const [error, setError] = useState<ApiError>();
  const exporting = (path: string, filename: string, accept: string) => () =>
    download(`/agreements/${mobilityId}${path}`, filename, accept).catch((refused: unknown) => setError(asApiError(refused)));
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <LoadedView loaded={verification}>{(result) => <VerificationResult result={result} />}</LoadedView>
      <div className="actions">
        <button type="button" onClick={exporting(`/audit?format=csv&lang=${language}`, `audit-${mobilityId}.csv`, 'text/csv')}>{t('audit.exportCsv')}</button>
        <button type="button" onClick={exporting(`/audit?lang=${language}`, `audit-${mobilityId}.json`, 'application/json')}>{t('audit.exportJson')}</button>
        <button type="button" onClick={exporting('/ewp', `learning-agreement-${mobilityId}.xml`, 'application/xml')}>{t('audit.exportEwp')}</button>
      </div>
      {error && <ErrorMessage error={error} />}
      <LoadedView loaded={trail}>
        {({ entries }) => (
          <ol className="timeline" aria-label={t('audit.title')}>
            {entries.map((entry) => (
              <li key={entry.revision}>
                <time dateTime={entry.recordedAt}>{date(entry.recordedAt)}</time>
                <span className="sentence">{entry.sentence}</span>
                <span className="hint">
                  {entry.actor.name ?? entry.actor.id} · {t(`role.${entry.actor.role as 'student'}`)}{entry.actor.institution ? `, ${entry.actor.institution}` : ''}
                  {entry.hash && (
                    <>
                      {' · '}
                      <span title={entry.hash}>{t('audit.hash')} {entry.hash.slice(0, 12)}…</span>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </LoadedView>
    </section>
  );
}
