/** The languages the ledger speaks: every sentence it produces has one table per language. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `?lang=` when given, else the first language of Accept-Language the ledger speaks, else English. */
export const languageOf = (acceptLanguage: string | undefined, lang?: string): Language => {
  if (lang === 'fr' || lang === 'en') return lang;
  const first = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((code) => code === 'fr' || code === 'en');
  return first === 'fr' ? 'fr' : 'en';
};

/** One table of words per language, each of the same type: a sentence one language lacks does not compile. */
export type Tables<Words> = Record<Language, Words>;
