import { refusalsOf } from '@app/domain';
import { ENGLISH_VERSION_REFUSALS } from './version-refusal-words.en';
import { FRENCH_VERSION_REFUSALS } from './version-refusal-words.fr';

/** The refusals of reading an approved version (CTI-LA-3), one table per language (version-refusal-words.en.ts, .fr.ts). */
export interface VersionRefusalWords {
  noApprovedVersion: (mobilityId: string, version: number) => string;
}

/** A refusal of these tables, said in every language; the edge answers with the reader's. */
export const versionRefusal = refusalsOf<VersionRefusalWords>({ en: ENGLISH_VERSION_REFUSALS, fr: FRENCH_VERSION_REFUSALS });
