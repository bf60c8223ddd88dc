import { Tables } from '../language';
import { WarningWords } from './warning-words';
import { ENGLISH_WARNINGS } from './warning-words.en';
import { FRENCH_WARNINGS } from './warning-words.fr';

/** An agreement's warnings in every language the ledger speaks. */
export const WARNING_WORDS: Tables<WarningWords> = { en: ENGLISH_WARNINGS, fr: FRENCH_WARNINGS };
