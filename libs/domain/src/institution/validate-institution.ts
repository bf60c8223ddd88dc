import { isCountryCode } from '../country-code';
import { invalid } from '../errors';
import { refusal, type Said } from '../refusals';
import { isSchacCode } from '../partnership/validate-partnership';
import { RegisteredInstitution } from './institution.types';

const refuse = (detail: Said) => invalid(detail, 'INSTITUTION-CONTENT');

export const assertValidInstitution = ({ heiId, name, country }: RegisteredInstitution): void => {
  if (!isSchacCode(heiId)) throw refuse(refusal('notSchacCode', heiId));
  if (typeof name !== 'string' || name.trim() === '') throw refuse(refusal('institutionNameEmpty'));
  if (name !== name.trim()) throw refuse(refusal('institutionNameSpaces'));
  if (!isCountryCode(country)) throw refuse(refusal('notCountryCode', country));
};
