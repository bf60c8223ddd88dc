import { Language, LANGUAGES, Tables } from './language';
import { RefusalWords } from './refusal-words';
import { ENGLISH_REFUSALS } from './refusal-words.en';
import { FRENCH_REFUSALS } from './refusal-words.fr';

export const REFUSAL_WORDS: Tables<RefusalWords> = { en: ENGLISH_REFUSALS, fr: FRENCH_REFUSALS };

/** A sentence in every language the ledger speaks; the edge answers with the reader's. */
export type Said = Readonly<Record<Language, string>>;

type Sentence = (...params: never[]) => string;

/** The refusal `key` with its parameters, said in every language. */
export const refusal = <Key extends keyof RefusalWords>(key: Key, ...params: Parameters<RefusalWords[Key]>): Said =>
  Object.fromEntries(LANGUAGES.map((language) => [language, (REFUSAL_WORDS[language][key] as Sentence)(...(params as never[]))])) as Said;

/** A sentence built the same way in every language from sentences already said in each (a list of problems, say). */
export const sayEach = (sentence: (language: Language) => string): Said =>
  Object.fromEntries(LANGUAGES.map((language) => [language, sentence(language)])) as Said;

/** French sets a space before a semicolon; both still split on "; ", as the pages split a refusal into its fields' parts. */
const SEPARATORS: Record<Language, string> = { en: '; ', fr: ' ; ' };

/** Several refusals said as one, each language's sentences joined: every problem of a form at once. */
export const together = (parts: readonly Said[]): Said =>
  Object.fromEntries(LANGUAGES.map((language) => [language, parts.map((part) => part[language]).join(SEPARATORS[language])])) as Said;
