import { Link } from 'react-router-dom';
import type { AgreementSummary } from '../api/types';
import { StatusBadge } from '../components/status-badge';
import { useI18n } from '../i18n/i18n';
import { InstitutionName } from '../institutions/institution-name';

/**
 * The student's agreements the reader may read, each leading to its page; the sending
 * coordinator starts a new one from here, which the student completes and signs.
 */
export function StudentAgreements({ studentId, agreements, mayStart }: { studentId: string; agreements: AgreementSummary[]; mayStart: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="student-agreements-title" className="panel">
      <h2 id="student-agreements-title">{t('reg.record.agreements')}</h2>
      {agreements.length === 0 ? (
        <p className="hint">{t('reg.record.noAgreement')}</p>
      ) : (
        <table className="cards">
          <thead>
            <tr>
              <th scope="col">{t('list.host')}</th>
              <th scope="col">{t('list.year')}</th>
              <th scope="col">{t('list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((agreement) => (
              <tr key={agreement.mobilityId}>
                <td data-label={t('list.host')}>
                  <Link to={`/agreements/${agreement.mobilityId}`}><InstitutionName heiId={agreement.receivingInstitution} /></Link>
                </td>
                <td data-label={t('list.year')}>{agreement.receivingAcademicYear}</td>
                <td data-label={t('list.status')}><StatusBadge status={agreement.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayStart && <p><Link to={`/agreements/new?student=${encodeURIComponent(studentId)}`}>{t('reg.record.startAgreement')}</Link></p>}
    </section>
  );
}
