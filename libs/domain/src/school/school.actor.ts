import { Actor, Signer, signerOf } from '../agreement/agreement.actor';
import { forbidden, invalid } from '../errors';
import { refusal } from '../refusals';
import { SchoolAction } from './school-refusal-words';
import { SchoolState } from './school.state';

/**
 * The study regulations are the school's own: its sending staff set them, an admin may
 * set them up for it, and nobody else (auditors read, receiving staff belong elsewhere).
 */
export const requireSchoolStaff = (actor: Actor, schoolId: string, state: SchoolState, action: SchoolAction): Signer => {
  if (state.schoolId !== undefined && state.schoolId !== schoolId) {
    throw invalid(refusal('schoolOtherStream', schoolId, state.schoolId));
  }
  const ownStaff = actor.role === 'sending' && actor.institution !== undefined && actor.institution === schoolId;
  if (!ownStaff && actor.role !== 'admin') {
    throw forbidden(refusal('schoolStaffOnly', actor.role, actor.id, action, schoolId), 'SCHOOL-STAFF');
  }
  return signerOf(actor);
};
