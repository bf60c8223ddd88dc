import { ContentRefusalWords } from './content-refusal-words';

/** Malformed content and implausible credits in English. */
export const ENGLISH_CONTENT_REFUSALS: ContentRefusalWords = {
  contentCodeEmpty: (at) => `${at}: code is empty`,
  contentTitleEmpty: (at) => `${at}: title is empty`,
  contentSchemeEmpty: (at) => `${at}: credit scheme is empty`,
  contentCreditNotDecimal: (at, value) => `${at}: credit value "${value}" is not a decimal string`,
  contentNoSuchTerm: (at, number, of) => `${at}: term ${number} of ${of} does not exist`,
  contentConditionsInB: (at) => `${at}: recognition conditions belong to table B (recognisedAtHome) only`,
  contentTableMissing: (table) => `${table} is missing (use an empty table)`,
  contentCodeTwice: (table, code) => `${table}: code ${code} appears twice`,
  contentAccountIdEmpty: () => 'student.accountId is empty',
  contentGlobalIdEmpty: () => 'student.globalId (ESI) is empty',
  contentBirthDate: () => 'student.birthDate is not an ISO date',
  contentCitizenship: () => 'student.citizenship is not an ISO country code',
  contentGender: () => 'student.gender is not an ISO/IEC 5218 code',
  contentHeiIdEmpty: (institution) => `${institution}.heiId is empty`,
  contentDatesNotIso: () => 'plannedStart and plannedEnd must be ISO dates',
  contentEndBeforeStart: (end, start) => `plannedEnd ${end} is before plannedStart ${start}`,
  contentAcademicYear: () => 'receivingAcademicYear must read like 2026/2027',
  contentCefr: () => 'languageSkill.cefrLevel must be A1..C2',
  contentOneOf: (field, allowed) => `${field} must be one of ${allowed.join(', ')}`,
  malformedContent: (problems) => `malformed agreement content: ${problems}`,
  correctCredits: (problems) => `${problems}: correct the credits to what the component is worth`,
};
