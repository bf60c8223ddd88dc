import { SchoolRefusalWords } from './school-refusal-words';

/** The school's refusals in English. */
export const ENGLISH_SCHOOL_REFUSALS: SchoolRefusalWords = {
  schoolCommandWithoutActor: (commandType) => `${commandType} carries no actor`,
  schoolOtherStream: (named, held) => `command names school ${named} but the stream holds ${held}`,
  schoolStaffOnly: (role, id, action, schoolId) => `${role} ${id} cannot ${action} of ${schoolId}`,
  schoolNoConversionRule: (scheme) => `no conversion rule for scheme ${scheme}`,
  schoolNoGradeDistribution: (iscedFCode) => `no grade distribution for ISCED-F ${iscedFCode}`,
  schoolWholeWeeks: () => 'minimumWeeksAbroad.student and .apprentice must be whole weeks',
  schoolStayMandatory: () => 'a stay abroad is mandatory: the students’ minimum must be at least one week',
  schoolApprenticeMinimum: (minimum, given) => `apprentices spend at least ${minimum} weeks abroad; ${given} is below it`,
  schoolLowCarbonTravel: () => 'lowCarbonTravel needs counts (true or false) and maxDays (whole days, 0 or more)',
  schoolTrueOrFalse: (setting) => `${setting} must be true or false`,
  ruleSchemeEmpty: () => 'scheme is empty',
  ruleEctsNeedsNone: () => 'ECTS credits need no conversion',
  ruleSourceEmpty: () => 'source is empty: say where the rule comes from',
  rulePositiveDecimal: (field) => `${field} must be a positive decimal string`,
  ruleKind: () => 'kind must be factor or full-load',
  ruleRounding: () => 'rounding must be none or a mode (half-up, down, up) with a positive decimal step',
  malformedConversionRule: (problems) => `malformed conversion rule: ${problems}`,
  distributionIscedF: () => 'iscedFCode must be an ISCED-F code (2 to 4 digits)',
  distributionNoGrade: () => 'grades must list at least one grade, best first',
  distributionGradeTwice: () => 'each grade appears once',
  distributionMalformedGrades: (grades) => `grades need a name and a decimal percentage: ${grades}`,
  distributionNotHundred: () => 'percentages must add up to 100',
  malformedGradeDistribution: (problems) => `malformed grade distribution: ${problems}`,
};
