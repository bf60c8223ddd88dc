import { Actor, auditsInstitution, forbidden, notFound, refusal } from '@app/domain';
import { accessRefusal } from './access-refusal-words';

/**
 * Who may do what, as data: each action lists the relations to the record that allow it.
 * The domain checks writes again (STUDENT-ACTOR, SCHOOL-STAFF), command by command; this
 * table decides what the HTTP edge shows and refuses before any command is built.
 */
export type StudentRelation = 'self' | 'school-staff' | 'admin' | 'auditor' | 'other';
export type SchoolRelation = 'own-staff' | 'receiving-office' | 'admin' | 'auditor' | 'other';

export const STUDENT_ACCESS = {
  'read-record': ['self', 'school-staff', 'admin', 'auditor'],
  'read-status': ['self', 'school-staff', 'admin', 'auditor'],
  /** The domain narrows it per command: the student declares stays and travel, staff record the rest. */
  record: ['self', 'school-staff', 'admin'],
  /** SURVEY-ONCE: the survey's form is the student's own, as answering it is. */
  'answer-survey': ['self'],
} as const satisfies Record<string, readonly StudentRelation[]>;

export const SCHOOL_ACCESS = {
  /** Study regulations are public: students and partners read the rules that frame a stay. */
  'read-regulations': ['own-staff', 'receiving-office', 'admin', 'auditor', 'other'],
  configure: ['own-staff', 'admin'],
  'read-incoming': ['own-staff', 'receiving-office', 'admin', 'auditor'],
} as const satisfies Record<string, readonly SchoolRelation[]>;

export type StudentAction = keyof typeof STUDENT_ACCESS;
export type SchoolAction = keyof typeof SCHOOL_ACCESS;

/** `schoolId` is the school the student's record belongs to, as StudentSchools finds it, when there is one. */
export const studentRelation = (actor: Actor, studentId: string, schoolId: string | undefined): StudentRelation => {
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'auditor') return auditsInstitution(actor, ...(schoolId ? [schoolId] : [])) ? 'auditor' : 'other';
  if (actor.role === 'student') return actor.id === studentId ? 'self' : 'other';
  const ownStaff = actor.role === 'sending' && schoolId !== undefined && actor.institution === schoolId;
  return ownStaff ? 'school-staff' : 'other';
};

export const schoolRelation = (actor: Actor, schoolId: string): SchoolRelation => {
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'auditor') return auditsInstitution(actor, schoolId) ? 'auditor' : 'other';
  if (actor.institution !== schoolId) return 'other';
  if (actor.role === 'sending') return 'own-staff';
  return actor.role === 'receiving' ? 'receiving-office' : 'other';
};

const allows = <R extends string>(allowed: readonly R[], relation: R): boolean => allowed.includes(relation);

/**
 * Whether a student has a record is private: whoever may not read it is told it does not
 * exist. Whoever may read but not write it (an auditor) is refused plainly.
 */
export function assertStudentAccess(action: StudentAction, actor: Actor, studentId: string, schoolId: string | undefined): void {
  const relation = studentRelation(actor, studentId, schoolId);
  if (allows<StudentRelation>(STUDENT_ACCESS[action], relation)) return;
  if (!allows<StudentRelation>(STUDENT_ACCESS['read-record'], relation)) throw notFound(refusal('noStudentRecord', studentId));
  throw forbidden(accessRefusal('readsNeverWrites', actor.role, actor.id), 'STUDENT-ACTOR');
}

export function assertSchoolAccess(action: SchoolAction, actor: Actor, schoolId: string): void {
  if (!allows<SchoolRelation>(SCHOOL_ACCESS[action], schoolRelation(actor, schoolId))) {
    throw forbidden(accessRefusal('schoolActionRefused', actor.role, actor.id, action, schoolId), 'SCHOOL-STAFF');
  }
}
