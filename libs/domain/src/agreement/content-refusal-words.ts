/**
 * The sentences of malformed content (LA-CONTENT) and implausible credits (LA-CREDITS), one
 * table per language (content-refusal-words.en.ts, .fr.ts). `at` names a row by its place,
 * e.g. `studiedAbroad[0]`, the same in every language.
 */
export interface ContentRefusalWords {
  contentCodeEmpty: (at: string) => string;
  contentTitleEmpty: (at: string) => string;
  contentSchemeEmpty: (at: string) => string;
  contentCreditNotDecimal: (at: string, value: string) => string;
  contentNoSuchTerm: (at: string, number: number, of: number) => string;
  contentConditionsInB: (at: string) => string;
  contentTableMissing: (table: string) => string;
  contentCodeTwice: (table: string, code: string) => string;
  contentAccountIdEmpty: () => string;
  contentGlobalIdEmpty: () => string;
  contentBirthDate: () => string;
  contentCitizenship: () => string;
  contentGender: () => string;
  contentHeiIdEmpty: (institution: 'sendingInstitution' | 'receivingInstitution') => string;
  contentDatesNotIso: () => string;
  contentEndBeforeStart: (end: string, start: string) => string;
  contentAcademicYear: () => string;
  contentCefr: () => string;
  contentOneOf: (field: string, allowed: readonly (string | number)[]) => string;
  /** Every problem of the content, said together. */
  malformedContent: (problems: string) => string;
  /** Every implausible credit, said together, and what to do. */
  correctCredits: (problems: string) => string;
}
