import { ENGLISH_AGREEMENT_REFUSALS } from './agreement/agreement-refusal-words.en';
import { ENGLISH_CONTENT_REFUSALS } from './agreement/content-refusal-words.en';
import { ENGLISH_CREDIT_REFUSALS } from './credits/credit-refusal-words.en';
import { ENGLISH_INSTITUTION_REFUSALS } from './institution/institution-refusal-words.en';
import { ENGLISH_PARTNERSHIP_REFUSALS } from './partnership/partnership-refusal-words.en';
import { ENGLISH_RECOGNITION_REFUSALS } from './recognition/recognition-refusal-words.en';
import { ENGLISH_TRANSCRIPT_REFUSALS } from './recognition/transcript-refusal-words.en';
import { ENGLISH_REFUSALS } from './refusal-words.en';
import { ENGLISH_SCHOOL_REFUSALS } from './school/school-refusal-words.en';
import { ENGLISH_STUDENT_REFUSALS } from './student/student-refusal-words.en';

const AREAS = {
  agreement: ENGLISH_AGREEMENT_REFUSALS,
  content: ENGLISH_CONTENT_REFUSALS,
  credit: ENGLISH_CREDIT_REFUSALS,
  institution: ENGLISH_INSTITUTION_REFUSALS,
  partnership: ENGLISH_PARTNERSHIP_REFUSALS,
  recognition: ENGLISH_RECOGNITION_REFUSALS,
  transcript: ENGLISH_TRANSCRIPT_REFUSALS,
  school: ENGLISH_SCHOOL_REFUSALS,
  student: ENGLISH_STUDENT_REFUSALS,
};

describe('the tables of refusal sentences', () => {
  it('name each sentence in one table only: spread into one, a key defined twice would let one area say the other’s refusal', () => {
    const owners = new Map<string, string[]>();
    for (const [area, table] of Object.entries(AREAS)) for (const key of Object.keys(table)) owners.set(key, [...(owners.get(key) ?? []), area]);
    expect([...owners].filter(([, areas]) => areas.length > 1)).toEqual([]);
    // And each area's sentence is the one the ledger says: no key of the shared table overrides it.
    for (const table of Object.values(AREAS)) for (const [key, sentence] of Object.entries(table)) expect([key, ENGLISH_REFUSALS[key as keyof typeof ENGLISH_REFUSALS]]).toEqual([key, sentence]);
  });
});
