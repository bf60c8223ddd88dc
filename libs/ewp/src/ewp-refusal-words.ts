import { refusalsOf, Tables } from '@app/domain';
import { ENGLISH_EWP_REFUSALS } from './ewp-refusal-words.en';
import { FRENCH_EWP_REFUSALS } from './ewp-refusal-words.fr';

/** Why an imported document does not continue the history recorded here (EWP-LA-IMPORT). */
export type StaleImport = 'draft-deleted' | 'first-version-differs' | 'draft-differs' | 'later-version-in-force' | 'proposal-differs';

/**
 * The refusals of EWP that reach a person through the ledger's own API (a coordinator's import
 * or export, EWP-LA-PUBLISH, EWP-REGISTRY), one table per language (ewp-refusal-words.en.ts,
 * .fr.ts). Partners' hosts read the English message of the error-response document instead.
 */
export interface EwpRefusalWords {
  draftNotPublishable: (omobilityId: string) => string;
  noRegistryHost: (heiId: string, api: string) => string;
  noRegistryEndpoint: (api: string, heiId: string, endpoint: string) => string;
  /** The exchange gaps are the drafting warnings, said in the same language. */
  notExchangeable: (omobilityId: string, gaps: string) => string;
  xmlBodyMissing: () => string;
  doctypeDeclared: () => string;
  /** `problems` are the schema validator's own words, quoted as it gives them. */
  documentInvalid: (kind: string, problems: string) => string;
  transcriptLineUnnamed: (omobilityId: string) => string;
  notStaffToImport: (role: string, id: string, heiIds: readonly string[], omobilityId: string) => string;
  importStale: (mobilityId: string, why: StaleImport, proposal?: number) => string;
  importHoldsNothing: (mobilityId: string) => string;
  noAgreementSentBy: (mobilityId: string, sendingHeiId: string) => string;
  /** What EWP asks a server to tell the user of a stale copy (update-request.xsd, changes-proposal-id). */
  staleCopy: () => string;
  notTheCurrentProposal: (named: string, current?: string) => string;
  notSentToUs: (omobilityId: string, sendingHeiId: string) => string;
}

export const EWP_REFUSAL_WORDS: Tables<EwpRefusalWords> = { en: ENGLISH_EWP_REFUSALS, fr: FRENCH_EWP_REFUSALS };

/** A refusal of these tables, said in every language; the edge answers with the reader's. */
export const ewpRefusal = refusalsOf<EwpRefusalWords>(EWP_REFUSAL_WORDS);
