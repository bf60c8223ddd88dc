const COUNTRY = /^[A-Z]{2}$/;
// `fallback: 'none'` answers undefined for a code CLDR does not know as a region.
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Codes CLDR names that ISO 3166-1 reserves without assigning them to a country (UK is GB, EU a union...). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UK', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

/** An ISO 3166-1 alpha-2 code of a country, as CLDR knows them (Kosovo's user-assigned XK left out). */
export const isCountryCode = (code: string): boolean =>
  typeof code === 'string' && COUNTRY.test(code) && !NOT_COUNTRIES.has(code) && regions.of(code) !== undefined;
