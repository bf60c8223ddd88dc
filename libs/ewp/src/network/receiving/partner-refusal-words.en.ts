import type { PartnerRefusalWords } from './partner-refusal-words';

export const ENGLISH_PARTNER_REFUSALS: PartnerRefusalWords = {
  noEwpHost: () => 'this ledger is no EWP host (EWP_HEIS is empty)',
  servedHere: (heiId) => `${heiId} is served here: sign or reject in the ledger itself`,
  noOpenProposal: (mobilityId) => `the copy of ${mobilityId} recorded here shows no open proposal`,
  sendingRefused: (message) => `the sending institution refused: ${message}`,
  sendingRefusedRequest: (message) => `the sending institution refused (400): ${message}`,
};
