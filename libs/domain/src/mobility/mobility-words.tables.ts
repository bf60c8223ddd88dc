import { Tables } from '../language';
import { MobilityWords } from './mobility-words';
import { ENGLISH_MOBILITY } from './mobility-words.en';
import { FRENCH_MOBILITY } from './mobility-words.fr';

/** The mobility evaluation's words in every language the ledger speaks. */
export const MOBILITY_WORDS: Tables<MobilityWords> = { en: ENGLISH_MOBILITY, fr: FRENCH_MOBILITY };
