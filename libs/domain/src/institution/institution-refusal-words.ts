/** The sentences of the register's own refusals (INSTITUTION-CONTENT), one table per language (institution-refusal-words.en.ts, .fr.ts). */
export interface InstitutionRefusalWords {
  otherInstitution: (named: string, held: string) => string;
}
