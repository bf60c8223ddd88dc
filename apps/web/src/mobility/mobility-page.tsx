import { FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { MobilityStatus } from '../api/types';
import { useApi } from '../api/use-api';
import { useIdentity } from '../auth/use-identity';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { StayTable } from './stay-table';

/** One stay of the status, with the rule that counts it or not. */
export type Stay = MobilityStatus['stays'][number];

/** A student's mobility requirement today: the verdict, its rule, and every stay with the rule that counts it or not. */
export function MobilityPage() {
  const { t, decimal } = useI18n();
  const { studentId } = useParams();
  const navigate = useNavigate();
  // A student reads their own status only (the API refuses any other): no one to look up.
  const student = useIdentity()?.role === 'student';
  const [typed, setTyped] = useState(studentId ?? '');
  const loaded = useApi<MobilityStatus>(studentId ? `/students/${encodeURIComponent(studentId)}/mobility-status` : undefined);
  const show = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) navigate(`/students/${encodeURIComponent(typed.trim())}`);
  };
  return (
    <section aria-labelledby="mobility-title">
      <h1 id="mobility-title">{t('mobility.title', { student: studentId ?? '…' })}</h1>
      {!student && <form onSubmit={show} className="inline">
        <label>
          {t('mobility.student')}
          <input value={typed} onChange={(event) => setTyped(event.target.value)} />
        </label>
        <button type="submit">{t('mobility.show')}</button>
      </form>}
      {studentId && (
        <LoadedView loaded={loaded}>
          {(status) => (
            <>
              <dl className="figures">
                <div><dt>{t('mobility.verdict')}</dt><dd className={`verdict verdict-${status.status}`} data-testid="verdict">{t(`mobilityStatus.${status.status}`)}</dd></div>
                <div><dt>{t('common.rule')}</dt><dd>{status.ruleId}</dd></div>
                <div><dt>{t('mobility.weeks')}</dt><dd>{decimal(status.weeks.total)}</dd></div>
              </dl>
              <p>{status.explanation}. {t('mobility.minimum', { n: status.minimumWeeks })}</p>
              <StayTable stays={status.stays} />
              {status.warnings.length > 0 && (
                <section aria-labelledby="warnings-title">
                  <h2 id="warnings-title">{t('mobility.warnings')}</h2>
                  <ul>
                    {status.warnings.map((warning, index) => <li key={index}><strong>{warning.ruleId}</strong>: {warning.message}</li>)}
                  </ul>
                </section>
              )}
            </>
          )}
        </LoadedView>
      )}
    </section>
  );
}
