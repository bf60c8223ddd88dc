import { isCountryCode } from '../country-code';
import { invalid } from '../errors';
import { refusal, Said } from '../refusals';
import { CooperationCondition, Iia, MOBILITY_KINDS, Partner } from './partnership.types';

/** A SCHAC code: the domain name, in lower case, EWP names an institution by. */
export const SCHAC_CODE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const ACADEMIC_YEAR = /^(\d{4})\/(\d{4})$/;
const ISCED_F = /^\d{2,4}$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * A refusal about one field, named by its path: a partner's as the JSON API's body carries it
 * (flat: `id`, `kind`, `country`), an IIA's in the command's data (`iia.conditions.0.kind`),
 * as IIAs come from EWP imports only.
 */
const refuse = (said: Said, field: string) => invalid(said, 'PARTNERSHIP-CONTENT', [{ field, said }]);

export const isSchacCode = (id: string): boolean => typeof id === 'string' && SCHAC_CODE.test(id);

/** The first calendar year of an EWP academic-year id, or NaN. */
export const startYearOf = (academicYear: string): number => {
  const match = ACADEMIC_YEAR.exec(academicYear ?? '');
  return match && Number(match[2]) === Number(match[1]) + 1 ? Number(match[1]) : Number.NaN;
};

export const assertValidPartner = (partner: Partner): void => {
  if (!partner || typeof partner.id !== 'string' || partner.id.trim() === '') throw refuse(refusal('partnerNeedsId'), 'id');
  if (partner.kind === 'institution' && !isSchacCode(partner.id)) throw refuse(refusal('notASchacCode', partner.id), 'id');
  if (partner.kind !== 'institution' && partner.kind !== 'company') throw refuse(refusal('partnerKind'), 'kind');
  if (partner.kind === 'company' && partner.id.includes('+')) throw refuse(refusal('companyIdWithPlus'), 'id');
  if (partner.country !== undefined && !isCountryCode(partner.country)) throw refuse(refusal('partnerCountry', JSON.stringify(partner.country)), 'country');
};

/** The condition at `index` of the IIA; its sentences count from 1. */
const assertValidCondition = (condition: CooperationCondition, heiIds: string[], index: number): void => {
  const at = index + 1;
  const refuseField = (said: Said, field: keyof CooperationCondition) => refuse(said, `iia.conditions.${index}.${field}`);
  if (!MOBILITY_KINDS.includes(condition.kind)) throw refuseField(refusal('unknownMobilityKind', at, condition.kind), 'kind');
  for (const field of ['sendingHeiId', 'receivingHeiId'] as const) {
    if (!heiIds.includes(condition[field])) throw refuseField(refusal('notAnIiaPartner', at, condition[field]), field);
  }
  if (condition.sendingHeiId === condition.receivingHeiId) throw refuseField(refusal('sameInstitutions', at), 'receivingHeiId');
  const first = startYearOf(condition.firstAcademicYear);
  const last = startYearOf(condition.lastAcademicYear);
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) {
    throw refuseField(refusal('academicYears', at), Number.isNaN(first) ? 'firstAcademicYear' : 'lastAcademicYear');
  }
  if (!Number.isInteger(condition.mobilitiesPerYear) || condition.mobilitiesPerYear < 0) {
    throw refuseField(refusal('mobilitiesPerYear', at), 'mobilitiesPerYear');
  }
  for (const field of ['totalMonthsPerYear', 'totalDaysPerYear'] as const) {
    const total = condition[field];
    if (total !== undefined && !DECIMAL.test(total)) throw refuseField(refusal('totalsPerYear', at), field);
  }
  if (!condition.subjectAreas.every((area) => ISCED_F.test(area.iscedFCode))) throw refuseField(refusal('iscedFCodes', at), 'subjectAreas');
  if (!condition.eqfLevels.every((level) => Number.isInteger(level) && level >= 1 && level <= 8)) {
    throw refuseField(refusal('eqfLevels', at), 'eqfLevels');
  }
};

/** An IIA binds two distinct institutions and states its conditions between them. */
export const assertValidIia = (iia: Iia): void => {
  const heiIds = (iia?.partners ?? []).map((partner) => partner.heiId);
  if (heiIds.length !== 2 || heiIds[0] === heiIds[1] || !heiIds.every(isSchacCode)) {
    throw refuse(refusal('iiaPartners'), 'iia.partners');
  }
  if (typeof iia.inEffect !== 'boolean') throw refuse(refusal('iiaInEffect'), 'iia.inEffect');
  iia.conditions.forEach((condition, index) => assertValidCondition(condition, heiIds, index));
};
