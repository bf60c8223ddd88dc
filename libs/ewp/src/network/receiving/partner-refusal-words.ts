import { refusalsOf } from '@app/domain';
import { ENGLISH_PARTNER_REFUSALS } from './partner-refusal-words.en';
import { FRENCH_PARTNER_REFUSALS } from './partner-refusal-words.fr';

/** The refusals of an answer to a partner’s agreement over EWP (EWP-HOST, EWP-LA-PROPOSAL, LA-PARTY), one table per language (partner-refusal-words.en.ts, .fr.ts). */
export interface PartnerRefusalWords {
  noEwpHost: () => string;
  servedHere: (heiId: string) => string;
  noOpenProposal: (mobilityId: string) => string;
  sendingRefused: (message: string) => string;
  sendingRefusedRequest: (message: string) => string;
}

/** A refusal of these tables, said in every language; the edge answers with the reader's. */
export const partnerRefusal = refusalsOf<PartnerRefusalWords>({ en: ENGLISH_PARTNER_REFUSALS, fr: FRENCH_PARTNER_REFUSALS });
