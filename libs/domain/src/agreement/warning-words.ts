import type { Student } from './agreement.content';

/** The student's fields EWP needs, each named in the reader's words. */
export type StudentFieldsEwpNeeds = 'givenNames' | 'familyName' | 'globalId' | 'birthDate' | 'citizenship' | 'email';

/**
 * Every sentence of an agreement's warnings (EWP-LA-* exchange gaps, LA-TERM-CREDITS), one
 * table per language (warning-words.en.ts, warning-words.fr.ts): a warning added here does not
 * compile until each language tells it.
 */
export interface WarningWords {
  institution: (side: 'sending' | 'receiving', heiId: string | undefined) => string;
  contactMissing: (who: string) => string;
  contactName: (who: string) => string;
  contactEmail: (who: string) => string;
  studentField: Record<StudentFieldsEwpNeeds & keyof Student, string>;
  studentGap: (what: string) => string;
  isced: string;
  eqf: string;
  language: string;
  cefr: string;
  termCredits: (term: { number: number; of: number; total: string; low: boolean; from: string; to: string }) => string;
}
