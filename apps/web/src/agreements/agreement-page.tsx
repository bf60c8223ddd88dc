import { useState } from 'react';
import { Link, NavLink, useLocation, useParams } from 'react-router-dom';
import type { Agreement } from '../api/types';
import { useApi } from '../api/use-api';
import { AuditView } from '../audit/audit-view';
import { useIdentity } from '../auth/use-identity';
import { LoadedView } from '../components/loaded';
import { StatusBadge } from '../components/status-badge';
import { useI18n } from '../i18n/i18n';
import { useInstitutionNames } from '../institutions/institution-names';
import { RecognitionView } from '../recognition/recognition-view';
import { AgreementContent } from './agreement-content';
import { AgreementWarnings } from './agreement-warnings';
import { signs, waitsFor } from './my-party';
import { NextWaiting } from './next-waiting';
import { useAllAgreements } from './use-all-agreements';

export type Section = 'content' | 'recognition' | 'audit';

/** One agreement: its header, then the section asked for (the tables, the recognition, the audit trail). */
export function AgreementPage({ section }: { section: Section }) {
  const { t } = useI18n();
  const { nameOf } = useInstitutionNames();
  const { id = '' } = useParams();
  const identity = useIdentity();
  const loaded = useApi<Agreement>(`/agreements/${id}`);
  const all = useAllAgreements(signs(identity));
  // A page that saved the agreement (the draft form) hands its message over in the navigation's state.
  const handed = (useLocation().state as { notice?: string } | null)?.notice;
  const [notice, setNoticeFor] = useState<{ id: string; text?: string }>({ id, text: handed });
  const setNotice = (text: string | undefined) => setNoticeFor({ id, text });
  // The page shows the new state first, then says so: a message above the old signatures would contradict them.
  const changed = async (message: string) => {
    setNotice(undefined);
    await Promise.all([loaded.reload(), all.data && all.reload()]);
    setNotice(message);
  };
  const shownNotice = notice.id === id ? notice.text : undefined;
  return (
    <LoadedView loaded={loaded}>
      {(agreement) => {
        // The latest terms describe the mobility; the name stays the one in force until an amendment changing it is approved.
        const content = agreement.proposal?.content ?? agreement.contentInEffect ?? agreement.draft!.content;
        const { student } = (agreement.versionInForce ?? agreement.draft ?? agreement.proposal!).content;
        const name = `${student.givenNames} ${student.familyName}`;
        return (
          <article aria-labelledby="agreement-title">
            <nav className="around" aria-label={t('agreement.waitingNav')}>
              <Link to="/agreements">← {t('common.back')}</Link>
              {all.data && <NextWaiting waiting={all.data.filter((item) => waitsFor(identity, item))} current={agreement.mobilityId} />}
            </nav>
            <h1 id="agreement-title">
              {t('agreement.title', { name })} <StatusBadge status={agreement.status} />
            </h1>
            <p className="summary">
              {t('agreement.summary', {
                from: nameOf(content.sendingInstitution.heiId),
                to: nameOf(content.receivingInstitution.heiId),
                start: content.plannedStart,
                end: content.plannedEnd,
                year: content.receivingAcademicYear,
              })}
            </p>
            <nav className="tabs" aria-label={t('agreement.tabs')}>
              <NavLink end to={`/agreements/${id}`}>{t('agreement.tab.content')}</NavLink>
              <NavLink to={`/agreements/${id}/recognition`}>{t('agreement.tab.recognition')}</NavLink>
              <NavLink to={`/agreements/${id}/audit`}>{t('agreement.tab.audit')}</NavLink>
            </nav>
            <p className={shownNotice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">{shownNotice}</p>
            {section === 'content' && <AgreementWarnings warnings={agreement.warnings ?? []} />}
            {section === 'content' && <AgreementContent key={agreement.mobilityId + agreement.status} agreement={agreement} onChanged={changed} />}
            {section === 'recognition' && <RecognitionView agreement={agreement} />}
            {section === 'audit' && <AuditView mobilityId={agreement.mobilityId} />}
          </article>
        );
      }}
    </LoadedView>
  );
}
