import { AgreementState, nextSigner } from '@app/domain';
import type { WorkItem } from '../reaction/work-item';
import type { RecordedDue } from '../store/reaction-store';
import { agreementFacts } from './agreement-mail.reaction';
import { DAY, daysAfter } from './days';
import { recipientOf, studentOfAgreement } from './recipients';

/** Reminders sent for one wait at most: after that the list's count of what waits says it. */
export const MAX_SIGNATURE_REMINDERS = 3;

/**
 * A due signature reminder against the agreement as it stands: if the same party still has to
 * sign the same content (CTI-LA-4: a new content is a new wait, with its own reminder), a
 * reminder to them, and the next one `reminderDays` later; otherwise nothing, and the check goes.
 */
export function signatureReminder(due: RecordedDue, state: AgreementState, now: Date, reminderDays: number): { work?: WorkItem; nextDueAt?: string } {
  const subject = due.subject;
  if (subject.kind !== 'signature') return {};
  const round = state.proposal ?? (state.status === 'draft' || state.status === 'signing' ? { ...state.current!, signatures: state.signatures } : undefined);
  if (!round || round.contentHash !== subject.contentHash || nextSigner(round.signatures) !== subject.party) return {};
  if (state.proposal?.number !== subject.proposalNumber) return {};
  const recipient = recipientOf(state, subject.party);
  const reminder = due.round + 1;
  // From now, not from the moment it was due: a ledger that was down a month sends one reminder, not three in a row.
  const nextDueAt = reminder < MAX_SIGNATURE_REMINDERS ? daysAfter(now, reminderDays) : undefined;
  if (!recipient) return { ...(nextDueAt && { nextDueAt }) };
  const work: WorkItem = {
    key: `${due.key}#${reminder}`,
    reason: 'signature-reminder',
    recipient,
    ...(subject.party === 'student' && { subjectId: studentOfAgreement(state) }),
    facts: {
      ...agreementFacts(state),
      party: subject.party,
      days: Math.floor((now.getTime() - new Date(subject.since).getTime()) / DAY),
      ...(state.proposal && { proposalNumber: state.proposal.number }),
    },
  };
  return { work, ...(nextDueAt && { nextDueAt }) };
}
