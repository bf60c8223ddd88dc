import type { ContextRefusalWords } from './context-refusal-words';

export const ENGLISH_CONTEXT_REFUSALS: ContextRefusalWords = {
  noApprovedAgreement: (mobilityId) => `agreement ${mobilityId} has no approved version to read a transcript against`,
  stayNotDated: (mobilityId) => `agreement ${mobilityId} dates no stay: a transcript is recorded once the stay has begun`,
};
