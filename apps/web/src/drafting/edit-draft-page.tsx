import { Link, useParams } from 'react-router-dom';
import type { Agreement } from '../api/types';
import { useApi } from '../api/use-api';
import { AgreementWarnings } from '../agreements/agreement-warnings';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { contentOf, draftInputOf } from './draft-input';
import { DraftForm } from './draft-form';
import { useHostOptions } from './host-options';
import { useSaveDraft } from './use-save-draft';

/**
 * The draft replaced as a whole (PUT .../draft), based on the hash shown: an edit voids the
 * signatures of the round (CTI-LA-4), and a draft changed meanwhile is refused (409).
 */
export function EditDraftPage() {
  const { t, decimal } = useI18n();
  const { id = '' } = useParams();
  const loaded = useApi<Agreement>(`/agreements/${id}`);
  const { error, busy, save } = useSaveDraft();
  const hosts = useHostOptions();
  return (
    <section aria-labelledby="edit-draft-title">
      <Link to={`/agreements/${id}`}>← {t('draft.backToAgreement')}</Link>
      <h1 id="edit-draft-title">{t('draft.editTitle')}</h1>
      <LoadedView loaded={loaded}>
        {(agreement) =>
          !agreement.draft ? (
            <p className="notice">{t('draft.notADraft')}</p>
          ) : (
            <>
              {agreement.draft.signatures.length > 0 && <p className="notice">{t('draft.voidsSignatures')}</p>}
              <AgreementWarnings warnings={agreement.warnings ?? []} />
              <DraftForm
                initial={draftInputOf(agreement.draft.content as Parameters<typeof draftInputOf>[0], decimal)}
                sendingFixed
                hosts={hosts}
                busy={busy}
                error={error}
                submitLabel={t('draft.saveEdit')}
                onSubmit={(input) =>
                  void save(
                    {
                      path: `/agreements/${id}/draft`,
                      method: 'PUT',
                      body: { content: contentOf(input, agreement.draft!.content), expectedContentHash: agreement.draft!.contentHash },
                    },
                    t('draft.savedEdit'),
                  )
                }
              />
            </>
          )
        }
      </LoadedView>
    </section>
  );
}
