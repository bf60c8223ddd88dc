import { Party } from './agreement.actor';
import { AgreementContent } from './agreement.content';
import { ComponentChange } from './amendment.changes';
import { ContentHashScheme } from './content-hash';
import { Signature, SignatureReport } from './agreement.events';
import { Coverage } from './coverage';
import { MinorFields } from './minor-changes';
import { StudentChanges } from './student-changes';

/**
 * - `none`: no agreement on this stream yet.
 * - `draft`: being edited; no signature in the current round.
 * - `signing`: at least one signature on the current draft content, version 1 not yet made.
 * - `approved`: a version is in force and no amendment is open.
 * - `amendment-proposed`: a version is in force and one changes proposal awaits signatures.
 * - `deleted`: the draft was withdrawn before approval; the stream keeps its history.
 * Departure and return are facts about the stay, kept apart from the signing status.
 */
export type AgreementStatus = 'none' | 'draft' | 'signing' | 'approved' | 'amendment-proposed' | 'deleted';

/** A content and its hash (CTI-LA-4); `contentHashScheme` from scheme 2 on (see content-hash.ts). */
export type ContentVersion = { content: AgreementContent; contentHash: string; contentHashScheme?: ContentHashScheme };

export type ApprovedVersion = ContentVersion & {
  number: number;
  signatures: Signature[];
  approvedAt: string;
  /** The amendment that made this version; absent for version 1. */
  proposalNumber?: number;
  changes?: ComponentChange[];
  studentChanges?: StudentChanges;
};

export type AmendmentProposal = ContentVersion & {
  number: number;
  baseVersion: number;
  changes: ComponentChange[];
  /** LA-STUDENT: the student's data the proposal changes, when it does. */
  studentChanges?: StudentChanges;
  signatures: Signature[];
  proposedBy: { party: Party; id: string };
  proposedAt: string;
};

export type Rejection = {
  /** What was refused: the draft (before version 1) or a numbered amendment proposal. */
  of: 'draft' | { proposalNumber: number };
  contentHash: string;
  party: Party;
  by: string;
  comment: string;
  at: string;
};

/** A proposal its proposer took back before the last signature (CTI-LA-3). */
export type Withdrawal = { proposalNumber: number; contentHash: string; party: Party; by: string; comment?: string; at: string };

/** `basis`: which start the finding was judged on (a confirmation by the host, or a declaration). */
export type Finding = { ruleId: 'CTI-LA-1'; detail: string; at: string; basis?: 'declared' | 'confirmed' };

/** LA-MINOR: a change recorded under the signatures of `version`, which stays as signed. */
export type MinorChange = { version: number; changes: MinorFields; previous: MinorFields; note: string; party: Party; by: string; at: string };

/** LA-STAY: the stay as the receiving institution confirmed it, latest confirmation first in force. */
export type ConfirmedStay = { start?: string; end?: string; confirmedAt: string; by: string };

export type AgreementState = {
  status: AgreementStatus;
  mobilityId?: string;
  /** The draft until version 1 is approved, then the version in force. */
  current?: ContentVersion;
  /** Signatures of the current draft round, in signing order; empty once approved. */
  signatures: Signature[];
  versions: ApprovedVersion[];
  proposal?: AmendmentProposal;
  /** Proposals made so far, open, rejected or approved: numbers the next one. */
  proposalCount: number;
  rejections: Rejection[];
  withdrawals: Withdrawal[];
  /**
   * LA-REPORT: what partners' documents stated about other parties' signatures, every round
   * included (each names its content hash). Never signatures: they approve nothing.
   */
  reportedSignatures: SignatureReport[];
  departedOn?: string;
  returnedOn?: string;
  confirmedStay?: ConfirmedStay;
  /** LA-MINOR: every minor change, each naming the version it was recorded under. */
  minorChanges: MinorChange[];
  findings: Finding[];
  /** Set once the sending school checks partnerships (LA-PARTNERSHIP). */
  coverage?: Coverage;
};

export const initialAgreementState = (): AgreementState => ({
  status: 'none',
  signatures: [],
  versions: [],
  proposalCount: 0,
  rejections: [],
  withdrawals: [],
  reportedSignatures: [],
  minorChanges: [],
  findings: [],
});

/** The version in force, if any has been approved. */
export const versionInForce = (state: AgreementState): ApprovedVersion | undefined => state.versions.at(-1);
