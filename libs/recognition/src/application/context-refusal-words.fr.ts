import type { ContextRefusalWords } from './context-refusal-words';

export const FRENCH_CONTEXT_REFUSALS: ContextRefusalWords = {
  noApprovedAgreement: (mobilityId) => `le contrat d’études ${mobilityId} n’a pas de version approuvée à laquelle rapporter un relevé de notes`,
  stayNotDated: (mobilityId) => `le contrat d’études ${mobilityId} ne date aucun séjour : un relevé de notes s’enregistre une fois le séjour commencé`,
};
