/** The languages the ledger speaks: every sentence it produces has one table per language. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const spoken = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag);

/**
 * `?lang=` when given, else the language of Accept-Language the reader prefers most among those
 * the ledger speaks (RFC 9110 weights: `q=0` refuses one, the highest wins, the first on a tie),
 * else English.
 */
export const languageOf = (acceptLanguage: string | undefined, lang?: string): Language => {
  if (lang !== undefined && spoken(lang)) return lang;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((range, index) => {
      const [tag, ...parameters] = range.split(';').map((part) => part.trim());
      const weight = parameters.find((parameter) => /^q=/i.test(parameter));
      const quality = weight === undefined ? 1 : Number(weight.slice(2));
      return { primary: tag.toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter(({ primary, quality }) => quality > 0 && spoken(primary))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked[0]?.primary as Language | undefined) ?? 'en';
};

/** One table of words per language, each of the same type: a sentence one language lacks does not compile. */
export type Tables<Words> = Record<Language, Words>;
