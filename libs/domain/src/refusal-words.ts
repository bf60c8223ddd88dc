import type { AcademicTerm } from './agreement/academic-term';
import type { Party } from './agreement/agreement.actor';
import type { AgreementRefusalWords } from './agreement/agreement-refusal-words';
import type { ContentRefusalWords } from './agreement/content-refusal-words';
import type { CreditRefusalWords } from './credits/credit-refusal-words';
import type { InstitutionRefusalWords } from './institution/institution-refusal-words';
import type { PartnershipRefusalWords } from './partnership/partnership-refusal-words';
import type { RecognitionRefusalWords } from './recognition/recognition-refusal-words';
import type { TranscriptRefusalWords } from './recognition/transcript-refusal-words';
import type { SurveyQuestionKind } from './school/survey-questions';
import type { SurveyMoment } from './student/survey';
import type { SchoolRefusalWords } from './school/school-refusal-words';
import type { StudentRefusalWords } from './student/student-refusal-words';

/**
 * The sentences of the refusals that say theirs in the reader's language, one table per
 * language (refusal-words.en.ts, refusal-words.fr.ts): a refusal added here does not compile
 * until each language tells it. The rule id is not part of the sentence: the answer carries it.
 */
export interface RefusalWords
  extends ContentRefusalWords, CreditRefusalWords, TranscriptRefusalWords, AgreementRefusalWords, PartnershipRefusalWords, InstitutionRefusalWords, RecognitionRefusalWords, SchoolRefusalWords, StudentRefusalWords {
  noAccessRule: (method: string, path: string) => string;
  accessForbidden: (role: string, id: string, action: string) => string;
  noAgreement: (mobilityId?: string) => string;
  agreementDeleted: (mobilityId: string) => string;
  noStudentRecord: (studentId: string) => string;
  staleContentHash: (signed: string, current: string) => string;
  /** LA-ORDER and LA-REJECT, of the draft or of amendment proposal `proposal`. */
  alreadySigned: (party: Party, proposal?: number) => string;
  signsBefore: (expected: Party, party: Party, proposal?: number) => string;
  rejectionNeedsComment: (proposal?: number) => string;
  onlyAmendmentsOnceApproved: () => string;
  amendOnlyApproved: () => string;
  proposalStillOpen: (number: number) => string;
  staleBaseVersion: (base: number, inForce: number) => string;
  noChanges: () => string;
  changesLeaveAsIs: () => string;
  noProposalOpen: () => string;
  derogationNeedsReason: () => string;
  derogationAlreadyGranted: (reason: string) => string;
  revocationNeedsReason: () => string;
  noDerogation: () => string;
  /** Drafting, the stay's dates and withdrawals. */
  agreementExists: (mobilityId: string) => string;
  amendInsteadOfEdit: () => string;
  staleDraft: (expected: string, current: string) => string;
  editChangesStudent: () => string;
  editChangesSending: () => string;
  approvedNotDeleted: () => string;
  institutionSignedDraft: (party: Party) => string;
  departureRecorded: (date: string) => string;
  departureFirst: () => string;
  returnRecorded: (date: string) => string;
  returnBeforeDeparture: (returned: string, departed: string) => string;
  startOrEnd: () => string;
  startFirst: () => string;
  endBeforeStart: (end: string, start: string) => string;
  alreadyConfirmed: (start: string, end?: string) => string;
  nothingToWithdraw: () => string;
  notTheOpenProposal: (named: number, open: number) => string;
  onlyProposerWithdraws: (party: Party, number: number) => string;
  /** LA-MINOR: minor changes under the signatures of the version in force. */
  noVersionForMinor: () => string;
  proposalBlocksMinor: (number: number) => string;
  minorNamesAField: (fields: readonly string[]) => string;
  minorNeedsNote: () => string;
  minorLeavesAsIs: () => string;
  /** LA-MINOR: the dates stay in the academic term (`undefined`: outside the academic year) the version in force was signed for. */
  minorOtherTerm: (field: string, date: string, term: AcademicTerm | undefined, version: number, signed: AcademicTerm | undefined) => string;
  minorNotTheirs: (party: Party, fields: readonly string[], allowed: readonly (readonly Party[])[]) => string;
  malformedMinorChange: (problems: string) => string;
  minorContactIncomplete: (field: string) => string;
  /** Recognition: transcripts, extra credits, home units, remedies. */
  notALine: (code: string) => string;
  conversionFirst: (code: string) => string;
  extraAlreadyDecided: (code: string, version: number | undefined, decision: string | undefined) => string;
  nothingBeyondPlan: (code: string) => string;
  noAdditionalExam: (code: string) => string;
  notAHomeUnit: (code: string) => string;
  homeUnitAlreadyDecided: (code: string, decision: string) => string;
  recognisedAutomatically: (code: string) => string;
  remediesFirst: (code: string) => string;
  passedAtHost: (code: string) => string;
  notAComponent: (code: string) => string;
  remedyStillOpen: (number: number, code: string) => string;
  alreadyRemedied: (code: string, number: number) => string;
  noOpenRemedy: (code: string) => string;
  failedRemedyEarnsNothing: () => string;
  remedyCapped: (code: string, planned: string, obtained: string) => string;
  transcriptRecorded: (version: number) => string;
  noTranscriptToCorrect: () => string;
  emptyTranscript: () => string;
  /** The institutions register (INSTITUTION-ADMIN, INSTITUTION-CONTENT). */
  institutionAdminOnly: (role: string, id: string) => string;
  noInstitution: (heiId: string) => string;
  notSchacCode: (heiId: string) => string;
  institutionNameEmpty: () => string;
  institutionNameSpaces: () => string;
  notCountryCode: (country: string) => string;
  /** The participants' survey: the school's questions (SURVEY-QUESTION-*) and the student's answers (SURVEY-*). */
  surveyQuestionCount: (max: number) => string;
  surveyNoRating: () => string;
  surveyQuestionId: (field: string, max: number) => string;
  surveyQuestionIdTwice: (field: string, id: string) => string;
  surveyQuestionKindKept: (field: string, id: string, kind: SurveyQuestionKind) => string;
  surveyQuestionKind: (field: string) => string;
  surveyQuestionMoments: (field: string) => string;
  surveyQuestionRequired: (field: string) => string;
  surveyWordingMissing: (field: string, language: 'fr' | 'en') => string;
  surveyWordingTooLong: (field: string, max: number) => string;
  surveyNotAsked: (field: string, moment: SurveyMoment) => string;
  surveyAnsweredTwice: (field: string) => string;
  surveyRequired: (field: string) => string;
  surveyRating: (field: string) => string;
  surveyText: (field: string, max: number) => string;
  surveyAfterErasure: (studentId: string) => string;
  surveyMomentUnknown: (moments: readonly string[]) => string;
  surveyQuestionsUnread: (mobilityId: string) => string;
  surveyAnswersShape: () => string;
  surveyAgreementUnread: (mobilityId: string) => string;
  surveyBeforeMoment: (moment: SurveyMoment) => string;
  surveyAnsweredAlready: (moment: SurveyMoment, mobilityId: string) => string;
}
