import { invalid, notFound } from '../errors';
import { refusal } from '../refusals';
import { StudentState } from './student.state';
import { DeclaredStay, StayRef } from './student.stay';

/**
 * The declared stay a record names, or undefined for an agreement's mobility: that one
 * lives on its own stream, so the handler checks it belongs to the student.
 */
export const resolveStay = (state: StudentState, ref: StayRef): DeclaredStay | undefined => {
  const byMobility = typeof ref?.mobilityId === 'string' && ref.mobilityId.trim() !== '';
  const byStay = typeof ref?.stayId === 'string' && ref.stayId.trim() !== '';
  if (byMobility === byStay) throw invalid(refusal('stayNamedOnce'), 'STUDENT-STAY');
  if (byMobility) return undefined;
  const stay = state.stays[ref.stayId as string];
  if (!stay) throw notFound(refusal('noDeclaredStay', ref.stayId as string), 'STUDENT-STAY');
  return stay;
};
