import { dayOf, isIsoDate } from '../agreement/iso-date';
import { FieldRefusal, invalid } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal } from '../refusals';
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

/** Actual dates are facts: in order, and not after today. Each problem names its field, as the body carries it. */
export const actualDateProblems = (actualStart: string | undefined, actualEnd: string | undefined, now: string): FieldRefusal[] => {
  const problems: FieldRefusal[] = [];
  for (const [field, date] of [['actualStart', actualStart], ['actualEnd', actualEnd]] as const) {
    if (date === undefined) continue;
    if (!isIsoDate(date)) problems.push({ field, said: refusal('declaredDateNotIso', field, date) });
    else if (date > dayOf(now)) problems.push({ field, said: refusal('declaredDateAhead', field, date, dayOf(now)) });
  }
  if (actualEnd !== undefined && actualStart === undefined) problems.push({ field: 'actualStart', said: refusal('actualEndNeedsStart') });
  if (actualStart !== undefined && actualEnd !== undefined && actualEnd < actualStart) problems.push({ field: 'actualEnd', said: refusal('actualEndBeforeStart') });
  return problems;
};

const stayProblems = (stay: DeclaredStay, now: string): FieldRefusal[] => {
  const problems: FieldRefusal[] = [];
  if (!stay?.stayId?.trim()) problems.push({ field: 'stayId', said: refusal('stayIdEmpty') });
  if (!STAY_KINDS.includes(stay?.kind)) problems.push({ field: 'kind', said: refusal('stayKind', STAY_KINDS) });
  if (!COUNTRY.test(stay?.country ?? '')) problems.push({ field: 'country', said: refusal('stayCountry') });
  if (!isIsoDate(stay?.plannedStart) || !isIsoDate(stay?.plannedEnd)) {
    problems.push({ field: isIsoDate(stay?.plannedStart) ? 'plannedEnd' : 'plannedStart', said: refusal('stayPlannedNotIso') });
  } else if (stay.plannedEnd < stay.plannedStart) problems.push({ field: 'plannedEnd', said: refusal('stayPlannedEndBeforeStart') });
  problems.push(...actualDateProblems(stay?.actualStart, stay?.actualEnd, now));
  if (stay?.stay !== undefined && !['individual', 'group'].includes(stay.stay)) problems.push({ field: 'stay', said: refusal('stayIndividualOrGroup') });
  return problems;
};

/** Refuses a malformed stay with each problem by field, then what its kind forbids. */
export const assertValidStay = (stay: DeclaredStay, now: string): void => {
  const problems = stayProblems(stay, now);
  if (problems.length > 0) throw invalid(problemsTogether(problems, (words, said) => words.malformedStay(said)), 'STUDENT-STAY', problems);
  if (stay.kind === 'preparatory-cycle' && typeof stay.supervised !== 'boolean') {
    const said = refusal('stayUnsupervised');
    throw invalid(said, 'CTI-MOB-1', [{ field: 'supervised', said }]);
  }
  if (stay.supervised !== undefined && stay.kind !== 'preparatory-cycle') {
    const said = refusal('staySupervisedOnlyPreparatory');
    throw invalid(said, 'CTI-MOB-1', [{ field: 'supervised', said }]);
  }
  if (stay.internshipAgreement !== undefined && (stay.kind !== 'internship' || !stay.internshipAgreement.trim())) {
    const said = refusal('stayInternshipReference');
    throw invalid(said, 'CTI-MOB-6', [{ field: 'internshipAgreement', said }]);
  }
};
