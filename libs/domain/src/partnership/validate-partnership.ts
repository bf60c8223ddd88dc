import { isCountryCode } from '../country-code';
import { invalid } from '../errors';
import { CooperationCondition, Iia, MOBILITY_KINDS, Partner } from './partnership.types';

/** A SCHAC code: the domain name, in lower case, EWP names an institution by. */
export const SCHAC_CODE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const ACADEMIC_YEAR = /^(\d{4})\/(\d{4})$/;
const ISCED_F = /^\d{2,4}$/;
const DECIMAL = /^\d+(\.\d+)?$/;

const refuse = (detail: string) => invalid(detail, 'PARTNERSHIP-CONTENT');

export const isSchacCode = (id: string): boolean => typeof id === 'string' && SCHAC_CODE.test(id);

/** The first calendar year of an EWP academic-year id, or NaN. */
export const startYearOf = (academicYear: string): number => {
  const match = ACADEMIC_YEAR.exec(academicYear ?? '');
  return match && Number(match[2]) === Number(match[1]) + 1 ? Number(match[1]) : Number.NaN;
};

export const assertValidPartner = (partner: Partner): void => {
  if (!partner || typeof partner.id !== 'string' || partner.id.trim() === '') throw refuse('a partner needs an id');
  if (partner.kind === 'institution' && !isSchacCode(partner.id)) throw refuse(`${partner.id} is not a SCHAC code`);
  if (partner.kind !== 'institution' && partner.kind !== 'company') throw refuse('a partner is an institution or a company');
  if (partner.kind === 'company' && partner.id.includes('+')) throw refuse('a company id cannot contain "+"');
  if (partner.country !== undefined && !isCountryCode(partner.country)) throw refuse(`country ${JSON.stringify(partner.country)} is not an ISO 3166-1 alpha-2 code`);
};

const assertValidCondition = (condition: CooperationCondition, heiIds: string[], at: string): void => {
  if (!MOBILITY_KINDS.includes(condition.kind)) throw refuse(`${at}: unknown mobility kind ${condition.kind}`);
  for (const hei of [condition.sendingHeiId, condition.receivingHeiId]) {
    if (!heiIds.includes(hei)) throw refuse(`${at}: ${hei} is not a partner of the IIA`);
  }
  if (condition.sendingHeiId === condition.receivingHeiId) throw refuse(`${at}: the sending and receiving institutions are the same`);
  const first = startYearOf(condition.firstAcademicYear);
  const last = startYearOf(condition.lastAcademicYear);
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) {
    throw refuse(`${at}: academic years run from a first to a last "YYYY/YYYY+1"`);
  }
  if (!Number.isInteger(condition.mobilitiesPerYear) || condition.mobilitiesPerYear < 0) {
    throw refuse(`${at}: mobilities per year is a whole number`);
  }
  for (const total of [condition.totalMonthsPerYear, condition.totalDaysPerYear]) {
    if (total !== undefined && !DECIMAL.test(total)) throw refuse(`${at}: totals per year are decimal numbers`);
  }
  if (!condition.subjectAreas.every((area) => ISCED_F.test(area.iscedFCode))) throw refuse(`${at}: ISCED-F codes have 2 to 4 digits`);
  if (!condition.eqfLevels.every((level) => Number.isInteger(level) && level >= 1 && level <= 8)) {
    throw refuse(`${at}: EQF levels run from 1 to 8`);
  }
};

/** An IIA binds two distinct institutions and states its conditions between them. */
export const assertValidIia = (iia: Iia): void => {
  const heiIds = (iia?.partners ?? []).map((partner) => partner.heiId);
  if (heiIds.length !== 2 || heiIds[0] === heiIds[1] || !heiIds.every(isSchacCode)) {
    throw refuse('an IIA names two distinct institutions by their SCHAC codes');
  }
  if (typeof iia.inEffect !== 'boolean') throw refuse('an IIA says whether it is in effect');
  iia.conditions.forEach((condition, index) => assertValidCondition(condition, heiIds, `condition ${index + 1}`));
};
