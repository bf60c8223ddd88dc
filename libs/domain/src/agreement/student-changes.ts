import { invalid } from '../errors';
import { AgreementContent, GENDERS, Student } from './agreement.content';
import { isIsoDate } from './iso-date';
import { isEmail } from './email';

/**
 * The fields of an EWP `changes-proposal`'s `<student>`: the student's data changed since the
 * version in force, and only those (EWP names given-names, family-name, global-id and
 * birth-date as the important ones; citizenship, gender and email may come along).
 */
export const STUDENT_CHANGE_FIELDS = ['givenNames', 'familyName', 'globalId', 'birthDate', 'citizenship', 'gender', 'email'] as const;
export type StudentChangeField = (typeof STUDENT_CHANGE_FIELDS)[number];
export type StudentChanges = Partial<Pick<Student, StudentChangeField>>;

const COUNTRY = /^[A-Z]{2}$/;
/** EWP's own Email pattern, with no spaces. */
const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';

const WELL_FORMED: Record<StudentChangeField, [(value: unknown) => boolean, string]> = {
  givenNames: [text, 'is empty'],
  familyName: [text, 'is empty'],
  globalId: [text, 'is empty'],
  birthDate: [isIsoDate, 'is not an ISO date'],
  citizenship: [(value) => typeof value === 'string' && COUNTRY.test(value), 'is not an ISO country code'],
  gender: [(value) => (GENDERS as readonly unknown[]).includes(value), 'is not an ISO/IEC 5218 code (0, 1, 2, 9)'],
  email: [isEmail, 'is not an email address'],
};

const problemsOf = (student: Student, changes: StudentChanges): string[] => {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return ['names no field'];
  return entries.flatMap(([field, value]) => {
    if (!(STUDENT_CHANGE_FIELDS as readonly string[]).includes(field)) return [`${field} is not a field EWP lets a proposal change`];
    const [valid, problem] = WELL_FORMED[field as StudentChangeField];
    if (!valid(value)) return [`${field} ${problem}`];
    return value === student[field as StudentChangeField] ? [`${field} is already ${String(value)}: send only what changes`] : [];
  });
};

/** The content with the student's data changed (LA-STUDENT); pure, the given content is left as it was. */
export const applyStudentChanges = (content: AgreementContent, changes: StudentChanges): AgreementContent => {
  const problems = problemsOf(content.student, changes);
  if (problems.length > 0) throw invalid(`student changes: ${problems.join('; ')}`, 'LA-STUDENT');
  return { ...content, student: { ...content.student, ...changes } };
};

/** The fields `to` sets to another value than `from`: what a proposal would carry to go from one to the other. */
export const studentChangesBetween = (from: Student, to: Partial<Student>): StudentChanges =>
  Object.fromEntries(
    STUDENT_CHANGE_FIELDS.filter((field) => to[field] !== undefined && to[field] !== from[field]).map((field) => [field, to[field]]),
  );
