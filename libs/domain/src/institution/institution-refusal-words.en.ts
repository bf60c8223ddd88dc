import { InstitutionRefusalWords } from './institution-refusal-words';

/** The register's refusals in English. */
export const ENGLISH_INSTITUTION_REFUSALS: InstitutionRefusalWords = {
  otherInstitution: (named, held) => `command names ${named} but the stream holds ${held}`,
};
