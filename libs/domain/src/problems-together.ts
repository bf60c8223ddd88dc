import { FieldRefusal, invalid } from './errors';
import type { RefusalWords } from './refusal-words';
import type { Language } from './language';
import { REFUSAL_WORDS, Said, sayEach, together } from './refusals';

/** French sets a semicolon off with a space before it, as its tables do. */
const SEPARATOR: Record<Language, string> = { en: '; ', fr: ' ; ' };

/**
 * The problems of one command, each said beside its field, said together in each language
 * inside that language's sentence (`malformed stay: …`), so that the message lists them all.
 */
export const problemsTogether = (problems: readonly FieldRefusal[], sentence: (words: RefusalWords, problems: string) => string): Said =>
  sayEach((language) => sentence(REFUSAL_WORDS[language], problems.map(({ said }) => said[language]).join(SEPARATOR[language])));

/**
 * A form's problems, each under its rule: the refusal of the first rule broken, its problems
 * said together and each named beside its field, so that a form shows them all at once.
 */
export const firstRuleBroken = (problems: readonly (FieldRefusal & { ruleId: string })[]) => {
  const { ruleId } = problems[0];
  const broken = problems.filter((problem) => problem.ruleId === ruleId);
  return invalid(together(broken.map((problem) => problem.said)), ruleId, broken);
};
