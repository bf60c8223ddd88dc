import '../components/work-forms.css';
import { useState } from 'react';
import type { Agreement } from '../api/types';
import { useApi } from '../api/use-api';
import { formatCredits } from '../agreements/credit-totals';
import { myParty } from '../agreements/my-party';
import { useIdentity } from '../auth/use-identity';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { FailureList } from './failure-list';
import type { Recognition } from './recognition-types';
import { RemedyForm } from './remedy-form';
import { SendingDecisions } from './sending-decisions';
import { TranscriptForm } from './transcript-form';
import { plannedComponents } from './transcript-lines';
import { TranscriptTable } from './transcript-table';

/**
 * The transcript beside table A, what was recognised automatically and how, and what failed;
 * the receiving institution enters the transcript here, the sending institution its decisions.
 */
export function RecognitionView({ agreement }: { agreement: Agreement }) {
  const { t, decimal } = useI18n();
  const identity = useIdentity();
  const loaded = useApi<Recognition>(`/agreements/${agreement.mobilityId}/recognition`);
  const [notice, setNotice] = useState<string>();
  const content = agreement.contentInEffect ?? agreement.versionInForce?.content;
  const me = content && myParty(identity, {
    studentAccountId: content.student.accountId,
    sendingInstitution: content.sendingInstitution.heiId,
    receivingInstitution: content.receivingInstitution.heiId,
  });
  // The page shows the new recognition first, then says so (as the agreement page does for signatures).
  const changed = async (message: string) => {
    setNotice(undefined);
    await loaded.reload();
    setNotice(message);
  };
  return (
    <section aria-labelledby="recognition-title">
      <h2 id="recognition-title">{t('recognition.title')}</h2>
      <p className={notice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="recognition-notice">{notice}</p>
      <LoadedView loaded={loaded}>
        {(recognition) => (
          <>
            {recognition.transcripts.length === 0 || !recognition.outcome ? (
              <p className="empty" data-testid="no-transcript">{t('recognition.noTranscript')}</p>
            ) : (
              <>
                <dl className="figures">
                  <div><dt>{t('recognition.status')}</dt><dd data-testid="recognition-status">{t(`recognition.status.${recognition.status}`)}</dd></div>
                  <div><dt>{t('recognition.recognised')}</dt><dd data-testid="recognised-ects">{decimal(recognition.recognisedEcts)}</dd></div>
                </dl>
                <TranscriptTable
                  planned={recognition.agreement?.content.studiedAbroad ?? []}
                  lines={[...recognition.outcome.components, ...(recognition.outcome.unplanned ?? [])]}
                  creditLines={recognition.creditLines ?? []}
                />
                <FailureList
                  failures={recognition.failures}
                  action={me === 'sending' ? (failure) => <RemedyForm mobilityId={agreement.mobilityId} failure={failure} onDone={changed} /> : undefined}
                />
                {recognition.homeUnits.length > 0 && (
                  <>
                    <h3>{t('recognition.homeUnits')}</h3>
                    <ul>
                      {recognition.homeUnits.map((unit) => (
                        <li key={unit.code}>{unit.code} – {unit.title}, {formatCredits(unit.credits, decimal)}: <strong>{t(`homeUnit.status.${unit.status}`)}</strong></li>
                      ))}
                    </ul>
                  </>
                )}
                {me === 'sending' && <SendingDecisions mobilityId={agreement.mobilityId} recognition={recognition} onDone={changed} />}
              </>
            )}
            {me === 'receiving' && content && (
              <TranscriptEntry key={recognition.transcripts.length} agreement={agreement} recognition={recognition} onDone={changed} />
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
}

/** The first transcript is a form of its own; a correction waits behind a disclosure, below what was recorded. */
function TranscriptEntry({ agreement, recognition, onDone }: { agreement: Agreement; recognition: Recognition; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const content = agreement.contentInEffect ?? agreement.versionInForce?.content;
  if (!agreement.versionInForce || !content) return <p className="notice">{t('transcript.noVersion')}</p>;
  const planned = plannedComponents(content);
  const latest = recognition.transcripts.at(-1);
  if (!latest) return <TranscriptForm mobilityId={agreement.mobilityId} planned={planned} onDone={onDone} />;
  return (
    <details className="work-form">
      <summary>{t('transcript.correctOpen')}</summary>
      <TranscriptForm mobilityId={agreement.mobilityId} planned={planned} recorded={latest.components} onDone={onDone} />
    </details>
  );
}
