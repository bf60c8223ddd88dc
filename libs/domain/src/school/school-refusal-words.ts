/**
 * What the school's staff may do to its settings, named by the English phrase the refusal
 * says, so that a caller reads as the sentence it produces.
 */
export type SchoolAction =
  | 'configure the study regulations'
  | 'set a conversion rule'
  | 'remove a conversion rule'
  | 'set a grade distribution'
  | 'remove a grade distribution'
  | 'set the survey questions';

/**
 * The sentences of the school's refusals (SCHOOL-STAFF, SCHOOL-SETTINGS, CTI-MOB-1, -5, -8,
 * CTI-REC-3), one table per language (school-refusal-words.en.ts, .fr.ts). Field names
 * (`minimumWeeksAbroad.student`) are the JSON API's, the same in every language.
 */
export interface SchoolRefusalWords {
  schoolCommandWithoutActor: (commandType: string) => string;
  schoolOtherStream: (named: string, held: string) => string;
  schoolStaffOnly: (role: string, id: string, action: SchoolAction, schoolId: string) => string;
  schoolNoConversionRule: (scheme: string) => string;
  schoolNoGradeDistribution: (iscedFCode: string) => string;
  /** Study regulations, each about one setting. */
  schoolWholeWeeks: () => string;
  schoolStayMandatory: () => string;
  schoolApprenticeMinimum: (minimum: number, given: number) => string;
  schoolLowCarbonTravel: () => string;
  schoolTrueOrFalse: (setting: 'partnershipCheck' | 'surveyDuringStay' | 'preparatoryCycleCounts') => string;
  /** A conversion rule (CTI-REC-3), each problem about one field, then all said together. */
  ruleSchemeEmpty: () => string;
  ruleEctsNeedsNone: () => string;
  ruleSourceEmpty: () => string;
  rulePositiveDecimal: (field: 'factor' | 'ectsPerFullLoad') => string;
  ruleKind: () => string;
  ruleRounding: () => string;
  malformedConversionRule: (problems: string) => string;
  /** A grade distribution (SCHOOL-SETTINGS), each problem about one field, then all said together. */
  distributionIscedF: () => string;
  distributionNoGrade: () => string;
  distributionGradeTwice: () => string;
  distributionMalformedGrades: (grades: string) => string;
  distributionNotHundred: () => string;
  malformedGradeDistribution: (problems: string) => string;
}
