import { AgreementState } from './agreement.state';

/**
 * Where a date of the stay comes from, most trusted first: confirmed by the receiving
 * institution (what the certificate of attendance states), declared by the student or the
 * sending school, or planned in the agreement.
 */
export type StayDateSource = 'confirmed' | 'declared' | 'planned';
export type StayDate = { date: string; source: StayDateSource };

/** The start of the stay as the ledger best knows it; undefined before any content exists. */
export const stayStartOf = (state: AgreementState): StayDate | undefined => {
  if (state.departedOn) return { date: state.departedOn, source: 'declared' };
  const planned = state.current?.content.plannedStart;
  return planned ? { date: planned, source: 'planned' } : undefined;
};
