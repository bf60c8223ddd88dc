import { useIdentity } from '../auth/use-identity';
import { useI18n } from '../i18n/i18n';
import { contentOf, emptyDraft } from './draft-input';
import { DraftForm } from './draft-form';
import { useSaveDraft } from './use-save-draft';

/** A student drafts their learning agreement; they sign it on the agreement's page once saved. */
export function NewAgreementPage() {
  const { t } = useI18n();
  const identity = useIdentity();
  const { error, busy, save } = useSaveDraft();
  if (identity?.role !== 'student') return <p className="notice">{t('draft.studentsOnly')}</p>;
  return (
    <section aria-labelledby="new-agreement-title">
      <h1 id="new-agreement-title">{t('draft.newTitle')}</h1>
      <p className="hint">{t('draft.intro')}</p>
      <DraftForm
        initial={emptyDraft({ accountId: identity.sub, name: identity.name, email: identity.email })}
        sendingFixed={false}
        busy={busy}
        error={error}
        submitLabel={t('draft.save')}
        onSubmit={(input) => void save({ path: '/agreements', method: 'POST', body: { content: contentOf(input) } }, t('draft.saved'))}
      />
    </section>
  );
}
