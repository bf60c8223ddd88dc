import type { FieldRefusal } from './errors';
import type { RefusalWords } from './refusal-words';
import type { Language } from './language';
import { REFUSAL_WORDS, Said, sayEach } from './refusals';

/** French sets a semicolon off with a space before it, as its tables do. */
const SEPARATOR: Record<Language, string> = { en: '; ', fr: ' ; ' };

/**
 * The problems of one command, each said beside its field, said together in each language
 * inside that language's sentence (`malformed stay: …`), so that the message lists them all.
 */
export const problemsTogether = (problems: readonly FieldRefusal[], sentence: (words: RefusalWords, problems: string) => string): Said =>
  sayEach((language) => sentence(REFUSAL_WORDS[language], problems.map(({ said }) => said[language]).join(SEPARATOR[language])));
