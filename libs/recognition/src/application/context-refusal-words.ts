import { refusalsOf } from '@app/domain';
import { ENGLISH_CONTEXT_REFUSALS } from './context-refusal-words.en';
import { FRENCH_CONTEXT_REFUSALS } from './context-refusal-words.fr';

/** The refusals of a recognition whose agreement is not ready (CTI-REC-1, REC-STAY-BEGUN), one table per language (context-refusal-words.en.ts, .fr.ts). */
export interface ContextRefusalWords {
  noApprovedAgreement: (mobilityId: string) => string;
  stayNotDated: (mobilityId: string) => string;
}

/** A refusal of these tables, said in every language; the edge answers with the reader's. */
export const contextRefusal = refusalsOf<ContextRefusalWords>({ en: ENGLISH_CONTEXT_REFUSALS, fr: FRENCH_CONTEXT_REFUSALS });
