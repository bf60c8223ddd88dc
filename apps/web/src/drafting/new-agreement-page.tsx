import { Link, useSearchParams } from 'react-router-dom';
import { useIdentity } from '../auth/use-identity';
import { Loading } from '../components/loading';
import { useI18n } from '../i18n/i18n';
import { contentOf, emptyDraft } from './draft-input';
import { DraftForm } from './draft-form';
import { useHostOptions } from './host-options';
import { useSaveDraft } from './use-save-draft';

/**
 * A student drafts their learning agreement, for the school the ledger knows them by; or the
 * sending coordinator prepares it for one of their students (`?student=<account id>`, from the
 * student's record), which the student then completes. Either way each party signs for itself
 * only, on the agreement's page once saved (LA-PARTY).
 */
export function NewAgreementPage() {
  const { t } = useI18n();
  const identity = useIdentity();
  const [search] = useSearchParams();
  const hosts = useHostOptions();
  const { error, busy, save } = useSaveDraft();
  const forStudent = search.get('student') ?? '';
  const staff = identity?.role === 'sending' && identity.institution !== undefined;
  if (identity?.role !== 'student' && !staff) return <p className="notice">{t('draft.studentsOnly')}</p>;
  if (staff && forStudent === '') {
    return <p className="notice">{t('draft.pickStudentFirst')} <Link to="/school/students">{t('draft.toDirectory')}</Link></p>;
  }
  if (!hosts.loaded) return <Loading />;
  const initial = staff
    ? emptyDraft({ accountId: forStudent }, identity.institution)
    : emptyDraft({ accountId: identity.sub, name: identity.name, email: identity.email }, hosts.schoolId);
  return (
    <section aria-labelledby="new-agreement-title">
      <h1 id="new-agreement-title">{staff ? t('draft.forStudentTitle', { student: forStudent }) : t('draft.newTitle')}</h1>
      <p className="hint">{staff ? t('draft.forStudentIntro') : t('draft.intro')}</p>
      <DraftForm
        initial={initial}
        sendingFixed={staff || hosts.schoolId !== undefined}
        hosts={hosts}
        busy={busy}
        error={error}
        submitLabel={t('draft.save')}
        onSubmit={(input) => void save({ path: '/agreements', method: 'POST', body: { content: contentOf(input) } }, t('draft.saved'))}
      />
    </section>
  );
}
