import { ERASED, GENDERS } from '@app/domain';
import type { Gender, Student, StudentChanges } from '@app/domain';
import type { EwpStudent } from './la-document';

const genderOf = (value: string | undefined): Gender | undefined => {
  const code = Number(value);
  return value !== undefined && (GENDERS as readonly number[]).includes(code) ? (code as Gender) : undefined;
};

/** What an EWP `<student>` sets, as the domain's student fields; what it leaves out stays absent. */
export const toDomainStudent = (student: EwpStudent): StudentChanges =>
  Object.fromEntries(
    Object.entries({ ...student, gender: genderOf(student.gender) }).filter(([, value]) => value !== undefined),
  ) as StudentChanges;

/**
 * The student's data as EWP's `<student>` shows it: the whole block, or a proposal's changes.
 * An erased birth date (null) or email ("[erased]") is left out, as the schema allows, rather
 * than sent as a date or an address.
 */
export const toEwpStudent = (student: Partial<Student>): EwpStudent => ({
  givenNames: student.givenNames,
  familyName: student.familyName,
  globalId: student.globalId,
  birthDate: student.birthDate || undefined,
  citizenship: student.citizenship,
  gender: student.gender === undefined ? undefined : String(student.gender),
  email: student.email && student.email !== ERASED ? student.email : undefined,
});
