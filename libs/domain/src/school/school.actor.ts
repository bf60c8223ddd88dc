import { Actor, Signer, signerOf } from '../agreement/agreement.actor';
import { forbidden, invalid } from '../errors';
import { SchoolState } from './school.state';

/**
 * The study regulations are the school's own: its sending staff set them, an admin may
 * set them up for it, and nobody else (auditors read, receiving staff belong elsewhere).
 */
export const requireSchoolStaff = (actor: Actor, schoolId: string, state: SchoolState, action: string): Signer => {
  if (state.schoolId !== undefined && state.schoolId !== schoolId) {
    throw invalid(`command names school ${schoolId} but the stream holds ${state.schoolId}`);
  }
  const ownStaff = actor.role === 'sending' && actor.institution !== undefined && actor.institution === schoolId;
  if (!ownStaff && actor.role !== 'admin') {
    throw forbidden(`${actor.role} ${actor.id} cannot ${action} of ${schoolId}`, 'SCHOOL-STAFF');
  }
  return signerOf(actor);
};
