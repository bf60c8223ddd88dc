import type { SchoolState, StudentState } from '@app/domain';
import { AgreementFacts } from './agreement-facts';
import { CohortStudent } from './cohort-report';

/**
 * Pure: each student of the cohort with their record, every agreement naming them (any school
 * and year, CTI-IN-1) and the study regulations of their school, from what was read at once.
 */
export function cohortStudents(
  studentIds: readonly string[],
  records: ReadonlyMap<string, StudentState>,
  agreements: readonly AgreementFacts[],
  settings: ReadonlyMap<string, SchoolState>,
): CohortStudent[] {
  const agreementsOf = new Map<string, AgreementFacts[]>();
  for (const facts of agreements) {
    if (!facts.studentId) continue;
    const list = agreementsOf.get(facts.studentId);
    if (list) list.push(facts);
    else agreementsOf.set(facts.studentId, [facts]);
  }
  return studentIds.map((studentId) => {
    const record = records.get(studentId);
    const schoolId = record?.profile?.schoolId;
    const regulations = schoolId ? settings.get(schoolId)?.regulations : undefined;
    return {
      studentId,
      ...(record && { record }),
      agreements: agreementsOf.get(studentId) ?? [],
      ...(regulations && { regulations }),
    };
  });
}
