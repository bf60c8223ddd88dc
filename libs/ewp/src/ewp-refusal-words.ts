import { refusalsOf } from '@app/domain';
import { ENGLISH_EWP_REFUSALS } from './ewp-refusal-words.en';
import { FRENCH_EWP_REFUSALS } from './ewp-refusal-words.fr';

/**
 * The refusals of EWP that reach the ledger's own JSON API (EWP-LA-PUBLISH, EWP-REGISTRY), one
 * table per language (ewp-refusal-words.en.ts, .fr.ts). Partners' hosts read the English
 * message of the error-response document instead.
 */
export interface EwpRefusalWords {
  draftNotPublishable: (omobilityId: string) => string;
  noRegistryHost: (heiId: string, api: string) => string;
  noRegistryEndpoint: (api: string, heiId: string, endpoint: string) => string;
}

/** A refusal of these tables, said in every language; the edge answers with the reader's. */
export const ewpRefusal = refusalsOf<EwpRefusalWords>({ en: ENGLISH_EWP_REFUSALS, fr: FRENCH_EWP_REFUSALS });
