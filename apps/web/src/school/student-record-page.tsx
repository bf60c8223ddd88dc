import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { AgreementSummary, MobilityStatus, Page, StudentDirectory, StudentRecord } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { countryName, useInstitutionNames } from '../institutions/institution-names';
import { StayTable } from '../mobility/stay-table';
import { DeclaredStays } from './declared-stays';
import { DerogationPanel } from './derogation-panel';
import { useDay } from './format-day';
import { LowCarbonTravel } from './low-carbon-travel';
import { ProfileForm } from './profile-form';
import { StudentAgreements } from './student-agreements';
import { stayChoices } from './stay-label';
import { SupportRecords } from './support-records';
import { useIdentity } from '../auth/use-identity';

/**
 * One student as the school sees them: their mobility status, profile, agreements, declared
 * stays, low-carbon travel and derogation, each with the form that records it.
 */
export function StudentRecordPage() {
  const { t, language, decimal } = useI18n();
  const day = useDay();
  const { nameOf } = useInstitutionNames();
  const identity = useIdentity();
  const { studentId = '' } = useParams();
  const path = `/students/${encodeURIComponent(studentId)}`;
  const record = useApi<StudentRecord>(path);
  const status = useApi<MobilityStatus>(`${path}/mobility-status`);
  const agreements = useApi<Page<AgreementSummary>>(`/agreements?student=${encodeURIComponent(studentId)}&pageSize=100`);
  const directory = useApi<StudentDirectory>(`/students?q=${encodeURIComponent(studentId)}`);
  const name = directory.data?.students.find((line) => line.studentId === studentId)?.name ?? studentId;
  const [notice, setNotice] = useState<string>();
  // The page shows what was recorded first, then says so.
  const recorded = async (message: string) => {
    setNotice(undefined);
    await Promise.all([record.reload(), status.reload()]);
    setNotice(message);
  };
  return (
    <article aria-labelledby="record-title">
      <nav className="around" aria-label={t('reg.record.around')}>
        <Link to="/school/students">← {t('reg.record.back')}</Link>
      </nav>
      <h1 id="record-title">{t('reg.record.title', { name })}</h1>
      <p className={notice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">{notice}</p>
      <LoadedView loaded={status}>
        {(evaluated) => (
          <section aria-labelledby="status-title" className="panel">
            <h2 id="status-title">{t('reg.record.status')}</h2>
            <dl className="figures">
              <div><dt>{t('mobility.verdict')}</dt><dd className={`verdict verdict-${evaluated.status}`} data-testid="verdict">{t(`mobilityStatus.${evaluated.status}`)}</dd></div>
              <div><dt>{t('common.rule')}</dt><dd>{evaluated.ruleId}</dd></div>
              <div><dt>{t('mobility.weeks')}</dt><dd>{decimal(evaluated.weeks.total)}</dd></div>
            </dl>
            <p>{evaluated.explanation}. {t('mobility.minimum', { n: evaluated.minimumWeeks })}</p>
            <div className="scroll"><StayTable stays={evaluated.stays} /></div>
          </section>
        )}
      </LoadedView>
      <LoadedView loaded={record}>
        {(student) => {
          const choices = stayChoices(agreements.data?.items ?? [], student.stays, {
            agreement: (host, year) => t('reg.stay.agreement', { host: nameOf(host), year }),
            declared: (stay) => t('reg.stay.declared', { kind: t(`stayKind.${stay.kind}` as MessageKey), country: countryName(stay.country, language), start: day(stay.plannedStart) }),
          });
          return (
            <>
              <section aria-labelledby="profile-title" className="panel">
                <h2 id="profile-title">{t('reg.profile.title')}</h2>
                {student.erased && <p className="notice">{t('reg.profile.erased', { date: day(student.erased.at) })}</p>}
                {student.profile ? (
                  <dl className="facts">
                    <div><dt>{t('reg.profile.track')}</dt><dd>{t(`reg.track.${student.profile.track}`)}</dd></div>
                    <div><dt>{t('reg.profile.school')}</dt><dd>{nameOf(student.profile.schoolId)}</dd></div>
                    <div><dt>{t('reg.profile.graduation')}</dt><dd>{student.profile.expectedGraduationYear}</dd></div>
                    <div><dt>{t('reg.profile.nationality')}</dt><dd>{countryName(student.profile.nationality, language)}</dd></div>
                    {student.profile.cohort && <div><dt>{t('reg.profile.cohort')}</dt><dd>{student.profile.cohort}</dd></div>}
                  </dl>
                ) : (
                  <p className="hint">{t('reg.profile.none')}</p>
                )}
                {(student.profile || identity?.institution) && (
                  <ProfileForm key={student.revision} studentId={student.studentId} profile={student.profile} school={identity?.institution ?? ''} onDone={recorded} />
                )}
              </section>
              <StudentAgreements studentId={studentId} agreements={agreements.data?.items ?? []} mayStart={identity?.role === 'sending' && !student.erased} />
              <DeclaredStays record={student} onDone={recorded} />
              <LowCarbonTravel record={student} stays={choices} onDone={recorded} />
              <SupportRecords record={student} stays={choices} onDone={recorded} />
              <DerogationPanel record={student} onDone={recorded} />
            </>
          );
        }}
      </LoadedView>
    </article>
  );
}
