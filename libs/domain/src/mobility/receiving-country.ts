/**
 * Agreements name institutions by SCHAC code, not by country. A two-letter top-level domain
 * is taken as the ISO 3166-1 country (uw.edu.pl -> PL), except the ones that name no
 * country (eu, su, ac...); uk is GB in ISO. Generic domains (edu, com, org) say nothing, and
 * the stay then has no country: the evaluation cannot tell France from abroad by it.
 */
const NOT_A_COUNTRY = new Set(['eu', 'su', 'ac', 'tp', 'yu']);
const ISO_OF_TLD: Record<string, string> = { uk: 'GB' };

export function countryOfHeiId(heiId: string): string | undefined {
  const tld = heiId.trim().toLowerCase().split('.').at(-1) ?? '';
  if (!/^[a-z]{2}$/.test(tld) || NOT_A_COUNTRY.has(tld)) return undefined;
  return ISO_OF_TLD[tld] ?? tld.toUpperCase();
}
