import { eventTypes } from '../event-types';
import { Event } from '../message';
import { Party, Signer } from './agreement.actor';
import { AgreementContent } from './agreement.content';
import { ContentHashScheme } from './content-hash';
import { ComponentChange } from './amendment.changes';
import { Coverage } from './coverage';
import { MinorFields } from './minor-changes';
import { StudentChanges } from './student-changes';

/**
 * A party's signature of one exact content (CTI-LA-4): party, signer, time and content hash.
 * The signer is the actor the ledger authenticated and `at` the ledger's clock when it was recorded.
 */
export type Signature = { party: Party; signer: Signer; at: string; contentHash: string };

/**
 * What a partner's document (an EWP import) states about another party's signature (LA-REPORT):
 * the partner's word, recorded as such. It never counts toward the three signatures, never
 * approves a version and never clears a CTI-LA-1 finding. `signer` and `claimedAt` are as the
 * document gives them (`signer.id` names whom the report is about: the agreement's student, or
 * the institution's signer as the document names them); `at` is the ledger's clock.
 */
export type SignatureReport = {
  party: Party;
  signer: Signer;
  claimedAt: string;
  contentHash: string;
  /** The version the reported signature would approve; `proposalNumber` for an amendment proposal. */
  version: number;
  proposalNumber?: number;
  /** The institution that brought the document in, and its staff member who did. */
  reportedBy: { party: Party; institution: string; by: Signer };
  at: string;
};

/** A version's content hash and, from scheme 2 on, how it was computed (CTI-LA-4). */
type Hashed = { contentHash: string; contentHashScheme?: ContentHashScheme };

/** Who did it and when, kept on every act an auditor may ask about. */
type Act = { party: Party; by: Signer; at: string };
type EventOf<Type extends string, Data> = Event<Type, Data & { mobilityId: string }>;

export type AgreementDrafted = EventOf<'AgreementDrafted', Act & { content: AgreementContent } & Hashed>;
/** Signatures of the round on the previous content are void (CTI-LA-4) and kept here for the record. */
export type DraftEdited = EventOf<
  'DraftEdited',
  Act & { content: AgreementContent; previousContentHash: string; voidedSignatures: Signature[] } & Hashed
>;
export type DraftDeleted = EventOf<'DraftDeleted', Act & { contentHash: string }>;
/** `version` is the version this signature would approve: 1 for the draft. */
export type AgreementSigned = EventOf<'AgreementSigned', { version: number; signature: Signature }>;
export type AgreementRejected = EventOf<
  'AgreementRejected',
  Act & { contentHash: string; comment: string; voidedSignatures: Signature[] }
>;
export type AgreementApproved = EventOf<
  'AgreementApproved',
  { version: 1; content: AgreementContent; signatures: Signature[]; at: string } & Hashed
>;
export type AmendmentProposed = EventOf<
  'AmendmentProposed',
  Act & {
    proposalNumber: number;
    baseVersion: number;
    changes: ComponentChange[];
    /** LA-STUDENT: present only when the proposal changes the student's data. */
    studentChanges?: StudentChanges;
    content: AgreementContent;
    contentHash: string;
    contentHashScheme?: ContentHashScheme;
  }
>;
export type AmendmentSigned = EventOf<'AmendmentSigned', { proposalNumber: number; version: number; signature: Signature }>;
/** Closes the proposal; the last approved version stays in force (CTI-LA-3). */
export type AmendmentRejected = EventOf<
  'AmendmentRejected',
  Act & { proposalNumber: number; contentHash: string; comment: string; voidedSignatures: Signature[] }
>;
/** The proposer took the proposal back: it closes, its signatures are void, the version in force stands (CTI-LA-3). */
export type AmendmentWithdrawn = EventOf<
  'AmendmentWithdrawn',
  Act & { proposalNumber: number; contentHash: string; comment?: string; voidedSignatures: Signature[] }
>;
export type AmendmentApproved = EventOf<
  'AmendmentApproved',
  {
    proposalNumber: number;
    version: number;
    baseVersion: number;
    changes: ComponentChange[];
    studentChanges?: StudentChanges;
    content: AgreementContent;
    contentHash: string;
    contentHashScheme?: ContentHashScheme;
    signatures: Signature[];
    at: string;
  }
>;
/** `findings` holds 'CTI-LA-1' when the stay starts before version 1 was approved. */
export type DepartureRecorded = EventOf<'DepartureRecorded', Act & { date: string; findings: 'CTI-LA-1'[] }>;
export type ReturnRecorded = EventOf<'ReturnRecorded', Act & { date: string }>;
/**
 * LA-STAY: the dates the receiving institution confirms, and those it confirmed before, if any.
 * `findings` holds 'CTI-LA-1' when the confirmed start is before version 1 was approved.
 */
export type StayDatesConfirmed = EventOf<
  'StayDatesConfirmed',
  Act & { start?: string; end?: string; previous?: { start?: string; end?: string }; findings: 'CTI-LA-1'[] }
>;
/**
 * LA-MINOR: a change recorded under the signatures of `version`, which stays as signed: the
 * fields changed, what they were, and the note saying why. The next amendment starts from it.
 */
export type MinorChangeRecorded = EventOf<'MinorChangeRecorded', Act & { version: number; changes: MinorFields; previous: MinorFields; note: string }>;
export type SignatureReportedByPartner = EventOf<'SignatureReportedByPartner', SignatureReport>;
/** What the partnerships register said of the mobility when the content was drafted, edited or signed (LA-PARTNERSHIP). */
export type PartnershipCoverageAssessed = EventOf<'PartnershipCoverageAssessed', { coverage: Coverage; at: string }>;
export type IndividualConventionRecorded = EventOf<'IndividualConventionRecorded', Act & { reference: string }>;

export type AgreementEvent =
  | AgreementDrafted
  | DraftEdited
  | DraftDeleted
  | AgreementSigned
  | AgreementRejected
  | AgreementApproved
  | AmendmentProposed
  | AmendmentSigned
  | AmendmentRejected
  | AmendmentWithdrawn
  | AmendmentApproved
  | SignatureReportedByPartner
  | DepartureRecorded
  | ReturnRecorded
  | StayDatesConfirmed
  | MinorChangeRecorded
  | PartnershipCoverageAssessed
  | IndividualConventionRecorded;

export type AgreementEventType = AgreementEvent['type'];

export const AGREEMENT_EVENT_TYPES = eventTypes<AgreementEventType>({
  AgreementDrafted: true,
  DraftEdited: true,
  DraftDeleted: true,
  AgreementSigned: true,
  AgreementRejected: true,
  AgreementApproved: true,
  AmendmentProposed: true,
  AmendmentSigned: true,
  AmendmentRejected: true,
  AmendmentWithdrawn: true,
  AmendmentApproved: true,
  SignatureReportedByPartner: true,
  DepartureRecorded: true,
  ReturnRecorded: true,
  StayDatesConfirmed: true,
  MinorChangeRecorded: true,
  PartnershipCoverageAssessed: true,
  IndividualConventionRecorded: true,
});
