import type { Recorder } from './student.actor';

/**
 * What may be done to a student's record, named by the English phrase the refusal says, so
 * that a caller reads as the sentence it produces.
 */
export type StudentAction =
  | 'record the profile'
  | 'declare a stay'
  | 'record stay dates'
  | 'record an internship agreement'
  | 'record low-carbon travel'
  | 'record the apprenticeship modality'
  | 'record a preparation'
  | 'record a follow-up'
  | 'record a debrief'
  | 'grant a derogation'
  | 'revoke a derogation'
  | "erase a student's personal data"
  | 'answer the survey';

/**
 * The sentences of the refusals about a student's record (STUDENT-ACTOR, STUDENT-PROFILE,
 * STUDENT-STAY, CTI-MOB-1..9), one table per language (student-refusal-words.en.ts, .fr.ts).
 * Field names (`plannedStart`) and codes (`contract-on-hold`) are the JSON API's, the same in
 * every language.
 */
export interface StudentRefusalWords {
  studentCommandWithoutActor: (commandType: string) => string;
  studentOtherStream: (named: string, held: string) => string;
  studentNoProfile: (studentId: string) => string;
  studentNotTheirs: (role: string, id: string, action: StudentAction, studentId: string) => string;
  studentOnlyRecorders: (role: Recorder, action: StudentAction, allowed: readonly Recorder[]) => string;
  /** Which stay a record names. */
  stayNamedOnce: () => string;
  noDeclaredStay: (stayId: string) => string;
  gapPeriodByStudent: () => string;
  stayAlreadyDeclared: (stayId: string) => string;
  stayDateRecorded: (field: 'actualStart' | 'actualEnd', stayId: string, date: string) => string;
  /** Every problem of the actual dates of stay `stayId`, said together. */
  stayDates: (stayId: string, problems: string) => string;
  /** Records of a stay (CTI-MOB-4, -5, -6, -8, -9). */
  notAnInternship: (stayId: string, kind: string) => string;
  internshipReferenceEmpty: () => string;
  signedOnNotPast: (signedOn: string) => string;
  noTravelAtHome: () => string;
  lowCarbonMode: (modes: readonly string[]) => string;
  lowCarbonJourney: () => string;
  lowCarbonDays: () => string;
  onlyApprentices: () => string;
  apprenticeshipModality: () => string;
  supportNotPast: (date: string) => string;
  /** A declared stay, each problem about one field, then all said together. */
  declaredDateNotIso: (field: 'actualStart' | 'actualEnd', date: string) => string;
  declaredDateAhead: (field: 'actualStart' | 'actualEnd', date: string, today: string) => string;
  actualEndNeedsStart: () => string;
  actualEndBeforeStart: () => string;
  stayIdEmpty: () => string;
  stayKind: (kinds: readonly string[]) => string;
  stayCountry: () => string;
  stayPlannedNotIso: () => string;
  stayPlannedEndBeforeStart: () => string;
  stayIndividualOrGroup: () => string;
  malformedStay: (problems: string) => string;
  stayUnsupervised: () => string;
  staySupervisedOnlyPreparatory: () => string;
  stayInternshipReference: () => string;
  /** A profile, each problem about one field, then all said together. */
  profileCountry: (field: 'nationality' | 'secondaryDiplomaCountry') => string;
  profileSecondaryDiploma: () => string;
  profileCameToStudy: () => string;
  profileTrack: () => string;
  profileSchoolEmpty: () => string;
  profileGraduationYear: () => string;
  profileModality: (modalities: readonly string[]) => string;
  profileModalityNotApprentice: () => string;
  malformedProfile: (problems: string) => string;
}
