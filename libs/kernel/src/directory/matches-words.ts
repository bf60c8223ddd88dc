/** Letters that do not decompose into a base letter and a mark, as a reader types them without the accent. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case without accents: "Łódź" is found by "lodz", "Tromsø" by "tromso". */
const folded = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøæœßđðþı]/g, (letter) => UNDECOMPOSED[letter]);

/** Every word of the query is somewhere in the text, accents and case ignored: how the directories search. */
export const matchesWords = (text: string, query: string): boolean => {
  const haystack = folded(text);
  return folded(query).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
};
