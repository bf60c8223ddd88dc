import { InstitutionRefusalWords } from './institution-refusal-words';

/** The register's refusals in French. */
export const FRENCH_INSTITUTION_REFUSALS: InstitutionRefusalWords = {
  otherInstitution: (named, held) => `la commande nomme l’établissement ${named} mais le flux contient ${held}`,
};
