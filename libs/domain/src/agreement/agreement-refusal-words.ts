import type { MobilityFacts } from '../partnership/coverage';
import type { Party } from './agreement.actor';

/** What a party was refused, each language wording it (`sign` and `reject` name the round by its proposal, the draft without one). */
export type PartyAction =
  | 'draftAgreement'
  | 'editDraft'
  | 'deleteDraft'
  | 'sign'
  | 'reject'
  | 'proposeAmendment'
  | 'withdrawAmendment'
  | 'recordMinorChange'
  | 'recordIndividualConvention'
  | 'reportSignature'
  | 'recordDeparture'
  | 'recordReturn'
  | 'confirmStayDates'
  | 'answerOverEwp'
  | 'recordTranscript'
  | 'resolveConversion'
  | 'decideExtraCredits'
  | 'decideHomeUnit'
  | 'recordRemedy'
  | 'closeRemedy';

/** The day of a stay a date is refused for (LA-STAY). */
export type StayMoment = 'departure' | 'return' | 'start' | 'end';

/** What is wrong with one field of the student's data an amendment changes (LA-STUDENT). */
export type StudentFieldProblem = 'empty' | 'isoDate' | 'country' | 'gender' | 'email';

/** Where a change of a proposal sits, named in every language by its place, operation and table. */
export type ChangeAt = { number: number; op: string; table: string };

/**
 * The sentences of the agreement's own refusals (LA-PARTY, CTI-LA-2, CTI-LA-3, LA-STUDENT,
 * LA-REPORT, LA-STAY, LA-PARTNERSHIP), one table per language (agreement-refusal-words.en.ts,
 * .fr.ts). `proposal` names an amendment proposal, the draft when absent.
 */
export interface AgreementRefusalWords {
  commandWithoutActor: (type: string) => string;
  otherMobility: (named: string, held: string | undefined) => string;
  notAParty: (role: string, id: string, action: PartyAction, proposal?: number) => string;
  partyCannot: (party: Party, action: PartyAction, allowed: readonly Party[], proposal?: number) => string;
  noComponentAtHost: () => string;
  tableBEmpty: () => string;
  /** LA-PARTNERSHIP: what no IIA in effect covers, from the mobility's facts (the recorded coverage keeps its English detail). */
  notCovered: (facts: MobilityFacts) => string;
  /** LA-PARTNERSHIP: the same finding alone, as the audit trail says a recorded coverage. */
  coverageGap: (facts: MobilityFacts) => string;
  conventionNeedsReference: () => string;
  noRoundToReport: () => string;
  notAPartyName: (party: string) => string;
  reportsOwnSignature: (reporter: Party, proposal?: number) => string;
  reportStaleHash: (named: string, proposal: number | undefined, current: string) => string;
  claimedAtNotTimestamp: (claimedAt: string) => string;
  reportNamesNobody: () => string;
  stayDateNotIso: (moment: StayMoment, date: string) => string;
  stayDateAhead: (moment: StayMoment, date: string, today: string) => string;
  changeNoTable: (at: ChangeAt) => string;
  changeOtherWithoutText: (at: ChangeAt) => string;
  changeNotEwpReason: (at: ChangeAt, reason: string) => string;
  changeNothingToDelete: (at: ChangeAt, code: string) => string;
  changeAlreadyThere: (at: ChangeAt, code: string) => string;
  studentChangesNone: () => string;
  studentChangeNotEwp: (field: string) => string;
  studentChangeMalformed: (field: string, problem: StudentFieldProblem) => string;
  studentChangeSame: (field: string, value: string) => string;
  /** Every problem of the student's changes, said together. */
  studentChanges: (problems: string) => string;
}
