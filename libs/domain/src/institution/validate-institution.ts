import { isCountryCode } from '../country-code';
import { invalid } from '../errors';
import { isSchacCode } from '../partnership/validate-partnership';
import { RegisteredInstitution } from './institution.types';

const refuse = (detail: string) => invalid(detail, 'INSTITUTION-CONTENT');

export const assertValidInstitution = ({ heiId, name, country }: RegisteredInstitution): void => {
  if (!isSchacCode(heiId)) throw refuse(`heiId ${JSON.stringify(heiId)} is not a SCHAC code (a domain name such as uw.edu.pl)`);
  if (typeof name !== 'string' || name.trim() === '') throw refuse('name must not be empty');
  if (name !== name.trim()) throw refuse('name must not begin or end with spaces');
  if (!isCountryCode(country)) throw refuse(`country ${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code`);
};
