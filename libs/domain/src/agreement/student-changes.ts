import { FieldRefusal, invalid } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal } from '../refusals';
import { StudentFieldProblem } from './agreement-refusal-words';
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

const WELL_FORMED: Record<StudentChangeField, [(value: unknown) => boolean, StudentFieldProblem]> = {
  givenNames: [text, 'empty'],
  familyName: [text, 'empty'],
  globalId: [text, 'empty'],
  birthDate: [isIsoDate, 'isoDate'],
  citizenship: [(value) => typeof value === 'string' && COUNTRY.test(value), 'country'],
  gender: [(value) => (GENDERS as readonly unknown[]).includes(value), 'gender'],
  email: [isEmail, 'email'],
};

/** Each problem with its field, by its path in the request's body, where the changes are `student`. */
const problemsOf = (student: Student, changes: StudentChanges): FieldRefusal[] => {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return [{ field: 'student', said: refusal('studentChangesNone') }];
  return entries.flatMap(([field, value]) => {
    const at = `student.${field}`;
    if (!(STUDENT_CHANGE_FIELDS as readonly string[]).includes(field)) return [{ field: at, said: refusal('studentChangeNotEwp', field) }];
    const [valid, problem] = WELL_FORMED[field as StudentChangeField];
    if (!valid(value)) return [{ field: at, said: refusal('studentChangeMalformed', field, problem) }];
    return value === student[field as StudentChangeField] ? [{ field: at, said: refusal('studentChangeSame', field, String(value)) }] : [];
  });
};

/** The content with the student's data changed (LA-STUDENT); pure, the given content is left as it was. */
export const applyStudentChanges = (content: AgreementContent, changes: StudentChanges): AgreementContent => {
  const problems = problemsOf(content.student, changes);
  if (problems.length > 0) throw invalid(problemsTogether(problems, (words, said) => words.studentChanges(said)), 'LA-STUDENT', problems);
  return { ...content, student: { ...content.student, ...changes } };
};

/** The fields `to` sets to another value than `from`: what a proposal would carry to go from one to the other. */
export const studentChangesBetween = (from: Student, to: Partial<Student>): StudentChanges =>
  Object.fromEntries(
    STUDENT_CHANGE_FIELDS.filter((field) => to[field] !== undefined && to[field] !== from[field]).map((field) => [field, to[field]]),
  );
