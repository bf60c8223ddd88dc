import { LANGUAGES, Tables } from './language';
import type { Said } from './refusals';

type Sentences<Words> = { [Key in keyof Words]: (...params: never[]) => string };

/**
 * `refusal(key, ...)` for a feature's own tables: a refusal the feature makes outside the
 * domain (an access scope, a query's argument) is said in every language the same way.
 */
export const refusalsOf =
  <Words extends Sentences<Words>>(tables: Tables<Words>) =>
  <Key extends keyof Words>(key: Key, ...params: Parameters<Words[Key]>): Said =>
    Object.fromEntries(LANGUAGES.map((language) => [language, (tables[language][key] as (...params: never[]) => string)(...(params as never[]))])) as Said;
