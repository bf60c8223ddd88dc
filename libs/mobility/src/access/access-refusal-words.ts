import { refusalsOf } from '@app/domain';
import type { SchoolAction } from './access-table';
import { ENGLISH_ACCESS_REFUSALS } from './access-refusal-words.en';
import { FRENCH_ACCESS_REFUSALS } from './access-refusal-words.fr';

/** The refusals of the records’ access table (STUDENT-ACTOR, SCHOOL-STAFF, STUDENT-STAY), one table per language (access-refusal-words.en.ts, .fr.ts). */
export interface AccessRefusalWords {
  readsNeverWrites: (role: string, id: string) => string;
  schoolActionRefused: (role: string, id: string, action: SchoolAction, schoolId: string) => string;
  notTheStudentsAgreement: (mobilityId: string, studentId: string) => string;
}

/** A refusal of these tables, said in every language; the edge answers with the reader's. */
export const accessRefusal = refusalsOf<AccessRefusalWords>({ en: ENGLISH_ACCESS_REFUSALS, fr: FRENCH_ACCESS_REFUSALS });
