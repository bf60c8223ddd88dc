import type { Language } from './language';
import type { RefusalWords } from './refusal-words';
import { REFUSAL_WORDS, Said, sayEach, together } from './refusals';

/**
 * The problems of one command, each said beside its field, said together in each language
 * inside that language's sentence (`malformed stay: …`), so that the message lists them all.
 */
export const problemsTogether = (
  problems: readonly { said: Said }[],
  sentence: (words: RefusalWords, problems: string, language: Language) => string,
): Said => {
  const joined = together(problems.map(({ said }) => said));
  return sayEach((language) => sentence(REFUSAL_WORDS[language], joined[language], language));
};
