import { dayOf, isIsoDate } from '../agreement/iso-date';
import { invalid } from '../errors';
import { DeclaredStay, StayKind } from './student.stay';

const COUNTRY = /^[A-Z]{2}$/;
export const STAY_KINDS: readonly StayKind[] = [
  'gap-period',
  'internationalisation-at-home',
  'preparatory-cycle',
  'internship',
  'studies',
  'research',
];

/** Actual dates are facts: in order, and not after today. */
export const actualDateProblems = (actualStart: string | undefined, actualEnd: string | undefined, now: string): string[] => {
  const problems: string[] = [];
  for (const [name, date] of [['actualStart', actualStart], ['actualEnd', actualEnd]] as const) {
    if (date === undefined) continue;
    if (!isIsoDate(date)) problems.push(`${name} ${date} is not an ISO date (YYYY-MM-DD)`);
    else if (date > dayOf(now)) problems.push(`${name} ${date} has not happened yet (today is ${dayOf(now)})`);
  }
  if (actualEnd !== undefined && actualStart === undefined) problems.push('actualEnd needs actualStart');
  if (actualStart !== undefined && actualEnd !== undefined && actualEnd < actualStart) problems.push('actualEnd is before actualStart');
  return problems;
};

export const assertValidStay = (stay: DeclaredStay, now: string): void => {
  const problems: string[] = [];
  if (!stay?.stayId?.trim()) problems.push('stayId is empty');
  if (!STAY_KINDS.includes(stay?.kind)) problems.push(`kind must be one of ${STAY_KINDS.join(', ')}`);
  if (!COUNTRY.test(stay?.country ?? '')) problems.push('country must be an ISO 3166-1 alpha-2 code');
  if (!isIsoDate(stay?.plannedStart) || !isIsoDate(stay?.plannedEnd)) problems.push('plannedStart and plannedEnd must be ISO dates');
  else if (stay.plannedEnd < stay.plannedStart) problems.push('plannedEnd is before plannedStart');
  problems.push(...actualDateProblems(stay?.actualStart, stay?.actualEnd, now));
  if (stay?.stay !== undefined && !['individual', 'group'].includes(stay.stay)) problems.push('stay must be individual or group');
  if (problems.length > 0) throw invalid(`malformed stay: ${problems.join('; ')}`, 'STUDENT-STAY');
  if (stay.kind === 'preparatory-cycle' && typeof stay.supervised !== 'boolean') {
    throw invalid('a preparatory-cycle stay says whether the school supervised it (supervised: true or false)', 'CTI-MOB-1');
  }
  if (stay.supervised !== undefined && stay.kind !== 'preparatory-cycle') {
    throw invalid('supervised applies to preparatory-cycle stays only', 'CTI-MOB-1');
  }
  if (stay.internshipAgreement !== undefined && (stay.kind !== 'internship' || !stay.internshipAgreement.trim())) {
    throw invalid('an internship agreement reference belongs to an internship and is not empty', 'CTI-MOB-6');
  }
};
