import { Command } from '../message';
import { Actor, Party, Signer } from './agreement.actor';
import { AgreementContent } from './agreement.content';
import { ComponentChange } from './amendment.changes';
import { ContentHashKey } from './content-hash';
import { Coverage } from './coverage';
import { MinorFields } from './minor-changes';
import { StudentChanges } from './student-changes';

/** Who acts, and when: the edge stamps `now` (ISO timestamp) so the decider never reads a clock. */
export type CommandMetadata = { actor: Actor; now: string };

type CommandOf<Type extends string, Data extends object = object> = Command<Type, Data & { mobilityId: string }, CommandMetadata>;

/**
 * `coverage`, on the commands that draft, edit or sign the draft, is what the handler found in
 * the partnerships register when the sending school checks partnerships (LA-PARTNERSHIP).
 */
type Covered = { coverage?: Coverage };

/**
 * `contentHashKey`, on the commands that hash a new content, is the student's content-hash key
 * the handler looked up: the hash commits to the student's personal fields under it (scheme 2).
 * Without it the content is hashed as scheme 1. The decider never records it.
 */
type Keyed = { contentHashKey?: ContentHashKey };

/** Opens the agreement: by the student or the sending institution. */
export type DraftAgreement = CommandOf<'DraftAgreement', { content: AgreementContent } & Covered & Keyed>;
/**
 * Replaces the draft content wholesale. `expectedContentHash`, when given, guards against
 * overwriting an edit the author has not seen.
 */
export type EditDraft = CommandOf<'EditDraft', { content: AgreementContent; expectedContentHash?: string } & Covered & Keyed>;
export type DeleteDraft = CommandOf<'DeleteDraft'>;
/** CTI-LA-4: the signer names the hash of the content they read. */
export type SignAgreement = CommandOf<'SignAgreement', { contentHash: string } & Covered>;
export type RejectAgreement = CommandOf<'RejectAgreement', { comment: string }>;
/**
 * CTI-LA-3; `baseVersion`, when given, must be the version in force. `studentChanges` (LA-STUDENT):
 * the student's data the proposal changes, as EWP's changes-proposal carries them.
 */
export type ProposeAmendment = CommandOf<
  'ProposeAmendment',
  { changes: ComponentChange[]; studentChanges?: StudentChanges; baseVersion?: number } & Keyed
>;
export type SignAmendment = CommandOf<'SignAmendment', { contentHash: string }>;
/**
 * LA-REPORT: a partner's document states that `party` signed the content of the open round
 * (the draft or the amendment proposal) named by `contentHash`; `signer` and `claimedAt` are as
 * the document gives them. Recorded by staff of an institution of the agreement, about another party.
 */
export type RecordSignatureReport = CommandOf<
  'RecordSignatureReport',
  { party: Party; contentHash: string; signer: Signer; claimedAt: string }
>;
export type RejectAmendment = CommandOf<'RejectAmendment', { comment: string }>;
/** CTI-LA-3: the party who proposed an amendment takes it back before the last signature; `proposalNumber` names the one they read. */
export type WithdrawAmendment = CommandOf<'WithdrawAmendment', { proposalNumber: number; comment?: string }>;
/** `date` is the actual day (YYYY-MM-DD), which may differ from the planned one. */
export type RecordDeparture = CommandOf<'RecordDeparture', { date: string }>;
export type RecordReturn = CommandOf<'RecordReturn', { date: string }>;
/**
 * LA-MINOR: an institution changes a field that does not alter what was signed (the dates within
 * the term signed, its own contact person), with a note saying why; no signature is reopened.
 */
export type RecordMinorChange = CommandOf<'RecordMinorChange', { changes: MinorFields; note: string }>;
/**
 * LA-STAY: the receiving institution confirms the actual start and, once it happened, the end of
 * the stay, as its certificate of attendance states them; a later confirmation corrects an earlier one.
 */
export type ConfirmStayDates = CommandOf<'ConfirmStayDates', { start?: string; end?: string }>;
/** LA-PARTNERSHIP: the sending school's convention for this one mobility, when no IIA covers it. */
export type RecordIndividualConvention = CommandOf<'RecordIndividualConvention', { reference: string }>;

export type AgreementCommand =
  | DraftAgreement
  | EditDraft
  | DeleteDraft
  | SignAgreement
  | RejectAgreement
  | ProposeAmendment
  | SignAmendment
  | RejectAmendment
  | WithdrawAmendment
  | RecordSignatureReport
  | RecordDeparture
  | RecordReturn
  | ConfirmStayDates
  | RecordMinorChange
  | RecordIndividualConvention;
