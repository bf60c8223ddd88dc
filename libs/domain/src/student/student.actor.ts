import { Actor, Signer, signerOf } from '../agreement/agreement.actor';
import { forbidden, invalid, notFound } from '../errors';
import { refusal } from '../refusals';
import { StudentAction } from './student-refusal-words';
import { StudentProfile } from './student.profile';
import { StudentState } from './student.state';

export type Recorder = 'student' | 'sending' | 'admin';
export type RecordedBy = { by: Signer; role: Recorder };

/**
 * Who may write to a student's record. The student acts on their own record only; staff
 * only for the student's school (or, for a profile, the schools it moves between); an
 * admin runs the system. Auditors and receiving staff read and never act.
 */
export const requireRecorder = (
  actor: Actor,
  studentId: string,
  schools: readonly string[],
  allowed: readonly Recorder[],
  action: StudentAction,
): RecordedBy => {
  const role = recorderRole(actor, studentId, schools);
  if (role === undefined) {
    throw forbidden(refusal('studentNotTheirs', actor.role, actor.id, action, studentId), 'STUDENT-ACTOR');
  }
  if (!allowed.includes(role)) {
    throw forbidden(refusal('studentOnlyRecorders', role, action, allowed), 'STUDENT-ACTOR');
  }
  return { by: signerOf(actor), role };
};

const recorderRole = (actor: Actor, studentId: string, schools: readonly string[]): Recorder | undefined => {
  switch (actor.role) {
    case 'student':
      return actor.id === studentId ? 'student' : undefined;
    case 'sending':
      return actor.institution !== undefined && schools.length > 0 && schools.every((school) => school === actor.institution)
        ? 'sending'
        : undefined;
    case 'admin':
      return 'admin';
    default:
      return undefined;
  }
};

/** The stream must be this student's. */
export const requireSameStudent = (state: StudentState, studentId: string): void => {
  if (state.studentId !== undefined && state.studentId !== studentId) {
    throw invalid(refusal('studentOtherStream', studentId, state.studentId));
  }
};

/** Everything but the profile needs it: it names the school whose staff may act. */
export const requireProfile = (state: StudentState, studentId: string): StudentProfile => {
  requireSameStudent(state, studentId);
  if (!state.profile) throw notFound(refusal('studentNoProfile', studentId), 'STUDENT-PROFILE');
  return state.profile;
};
