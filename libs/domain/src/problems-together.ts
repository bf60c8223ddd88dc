import { FieldRefusal, invalid } from './errors';
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

/**
 * A form's problems, each under its rule: the refusal of the first rule broken, its problems
 * said together and each named beside its field, so that a form shows them all at once.
 */
export const firstRuleBroken = (problems: readonly (FieldRefusal & { ruleId: string })[]) => {
  const { ruleId } = problems[0];
  const broken = problems.filter((problem) => problem.ruleId === ruleId);
  return invalid(together(broken.map((problem) => problem.said)), ruleId, broken);
};
