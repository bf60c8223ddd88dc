import {
  AGREEMENT_EVENT_TYPES,
  AgreementEvent,
  AgreementState,
  Party,
  SIGNING_ORDER,
  agreementStreamId,
  evolveAgreement,
  initialAgreementState,
  mobilityIdOf,
  nextSigner,
} from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { Reaction, Reactions, StreamReader, nothing } from '../reaction/reaction';
import { DueCheck, MailFacts, MailReason, Recipient, WorkItem } from '../reaction/work-item';
import { daysAfter } from './days';
import { contentOf, recipientOf, studentOfAgreement } from './recipients';

/** The agreement as it was just before the event and just after it, and who drafted it. */
export type AgreementContext = { before: AgreementState; after: AgreementState; drafter?: Party };

export type AgreementMailSettings = {
  /** Days an agreement may wait for a party's signature before that party is reminded. */
  reminderDays: number;
};

const HANDLED = new Set<string>(AGREEMENT_EVENT_TYPES);

/**
 * The messages of the signing workflow (CTI-LA-1, CTI-LA-3): the party whose turn it is to
 * sign a draft or a proposal, the proposer when it is rejected (with the comment), every
 * party when a version comes into force; and, for each turn, a reminder due after
 * `reminderDays` if the party has not signed by then.
 */
export const agreementMailReaction = ({ reminderDays }: AgreementMailSettings): Reaction<AgreementContext> => ({
  name: 'agreement-mail',
  canHandle: (event) => HANDLED.has(event.type) && mobilityIdOf(event.streamId) !== undefined,
  contextOf: (event, log) => agreementAsOf(event, log),
  react: (event, context) => reactToAgreement(event as RecordedEvent<AgreementEvent['data']>, context, reminderDays),
});

export function reactToAgreement(event: RecordedEvent, { before, after, drafter }: AgreementContext, reminderDays: number): Reactions {
  const type = event.type as AgreementEvent['type'];
  switch (type) {
    case 'AgreementDrafted':
    case 'DraftEdited':
    case 'AgreementSigned':
      return after.status === 'draft' || after.status === 'signing' ? turnToSign(event, after, nextSigner(after.signatures), reminderDays) : nothing();
    case 'AmendmentProposed':
    case 'AmendmentSigned':
      return after.proposal ? turnToSign(event, after, nextSigner(after.proposal.signatures), reminderDays) : nothing();
    case 'AgreementRejected':
      return rejected(event, after, drafter ?? 'student', (event.data as { party: Party }).party);
    case 'AmendmentRejected':
      return rejected(event, after, before.proposal?.proposedBy.party ?? 'student', (event.data as { party: Party }).party);
    case 'AgreementApproved':
    case 'AmendmentApproved':
      return { work: SIGNING_ORDER.flatMap((party) => item(event, after, 'in-force', party, { version: (event.data as { version: number }).version })), due: [] };
    default:
      return nothing();
  }
}

function turnToSign(event: RecordedEvent, state: AgreementState, party: Party | undefined, reminderDays: number): Reactions {
  if (!party) return nothing();
  const work = item(event, state, 'turn-to-sign', party, { party, ...(state.proposal && { proposalNumber: state.proposal.number }) });
  const waiting = state.proposal ?? state.current;
  const round = state.proposal ? `amendment-${state.proposal.number}` : 'draft';
  // One wait per party, round and content: the same wait caused again (a draft signed anew after a rejection) keeps its first check.
  const due: DueCheck[] = work.map((turn) => ({
    key: `signature-reminder:${state.mobilityId}:${round}:${waiting!.contentHash}:${turn.recipient.id}`,
    reason: 'signature-reminder',
    dueAt: daysAfter(event.recordedAt, reminderDays),
    subject: {
      kind: 'signature',
      mobilityId: state.mobilityId!,
      party,
      contentHash: waiting!.contentHash,
      ...(state.proposal && { proposalNumber: state.proposal.number }),
      since: event.recordedAt.toISOString(),
    },
    ...(turn.subjectId && { subjectId: turn.subjectId }),
  }));
  return { work, due };
}

function rejected(event: RecordedEvent, state: AgreementState, proposer: Party, by: Party): Reactions {
  const { comment, proposalNumber } = event.data as { comment: string; proposalNumber?: number };
  return { work: item(event, state, 'rejected', proposer, { comment, party: by, ...(proposalNumber !== undefined && { proposalNumber }) }), due: [] };
}

/** The event that causes a message, as the work key names it: a replay of it gives the same key. */
export const causeOf = (event: RecordedEvent): string => `${event.streamId}@${event.revision}`;

/** One message of `reason` to `party` about the agreement, or none when the ledger has no address for them. */
function item(event: RecordedEvent, state: AgreementState, reason: MailReason, party: Party, more: Partial<MailFacts> = {}): WorkItem[] {
  const recipient: Recipient | undefined = recipientOf(state, party);
  if (!recipient) return [];
  return [
    {
      key: `${reason}:${causeOf(event)}:${recipient.id}`,
      reason,
      recipient,
      ...(party === 'student' && { subjectId: studentOfAgreement(state) }),
      facts: { ...agreementFacts(state), ...more },
    },
  ];
}

/** What every message about an agreement names: the partners, the year, and the agreement's page. */
export function agreementFacts(state: AgreementState): MailFacts {
  const content = contentOf(state);
  return {
    mobilityId: state.mobilityId,
    link: `/agreements/${state.mobilityId}`,
    ...(content && {
      sending: content.sendingInstitution.heiId,
      receiving: content.receivingInstitution.heiId,
      receivingAcademicYear: content.receivingAcademicYear,
    }),
  };
}

/** Reads the agreement's stream up to the event (as stored) and folds it before and after. */
export async function agreementAsOf(event: RecordedEvent, log: StreamReader): Promise<AgreementContext> {
  const recorded = await log.readStream(event.streamId, { maxCount: Number(event.revision) + 1 });
  const evolve = (state: AgreementState, e: RecordedEvent) => evolveAgreement(state, { type: e.type, data: e.data } as AgreementEvent);
  const before = recorded.slice(0, -1).reduce(evolve, initialAgreementState());
  const last = recorded.at(-1);
  const first = recorded[0];
  const drafter = first?.type === 'AgreementDrafted' ? (first.data as { party: Party }).party : undefined;
  return { before, after: last ? evolve(before, last) : before, ...(drafter && { drafter }) };
}

/** The agreement's state as stored now: what a message about another stream (recognition) needs. */
export async function currentAgreement(mobilityId: string, log: StreamReader): Promise<AgreementState> {
  const recorded = await log.readStream(agreementStreamId(mobilityId));
  return recorded.reduce((state, e) => evolveAgreement(state, { type: e.type, data: e.data } as AgreementEvent), initialAgreementState());
}
