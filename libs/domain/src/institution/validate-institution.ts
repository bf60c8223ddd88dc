import { invalid } from '../errors';
import { isSchacCode } from '../partnership/validate-partnership';
import { RegisteredInstitution } from './institution.types';

const COUNTRY = /^[A-Z]{2}$/;
// `fallback: 'none'` answers undefined for a code CLDR does not know as a region.
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Codes CLDR names that ISO 3166-1 reserves without assigning them to a country (UK is GB, EU a union...). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UK', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

/** An ISO 3166-1 alpha-2 code of a country, as CLDR knows them (Kosovo's user-assigned XK left out). */
export const isCountryCode = (code: string): boolean =>
  typeof code === 'string' && COUNTRY.test(code) && !NOT_COUNTRIES.has(code) && regions.of(code) !== undefined;

const refuse = (detail: string) => invalid(detail, 'INSTITUTION-CONTENT');

export const assertValidInstitution = ({ heiId, name, country }: RegisteredInstitution): void => {
  if (!isSchacCode(heiId)) throw refuse(`heiId ${JSON.stringify(heiId)} is not a SCHAC code (a domain name such as uw.edu.pl)`);
  if (typeof name !== 'string' || name.trim() === '') throw refuse('name must not be empty');
  if (name !== name.trim()) throw refuse('name must not begin or end with spaces');
  if (!isCountryCode(country)) throw refuse(`country ${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code`);
};
