import { dayOf } from './iso-date';
import { AgreementState } from './agreement.state';
import { contentInEffect } from './minor-changes';

/**
 * Where a date of the stay comes from, most trusted first: confirmed by the receiving
 * institution (what the certificate of attendance states), declared by the student or the
 * sending school, or planned in the agreement (with its minor changes).
 */
export type StayDateSource = 'confirmed' | 'declared' | 'planned';
export type StayDate = { date: string; source: StayDateSource };
export type StayDates = { start?: StayDate; end?: StayDate };

const best = (confirmed: string | undefined, declared: string | undefined, planned: string | undefined): StayDate | undefined => {
  if (confirmed) return { date: confirmed, source: 'confirmed' };
  if (declared) return { date: declared, source: 'declared' };
  return planned ? { date: planned, source: 'planned' } : undefined;
};

/** The stay's start and end as the ledger best knows them, each with where it comes from. */
export const stayDatesOf = (state: AgreementState): StayDates => {
  const planned = state.current && contentInEffect(state);
  const start = best(state.confirmedStay?.start, state.departedOn, planned?.plannedStart);
  const end = best(state.confirmedStay?.end, state.returnedOn, planned?.plannedEnd);
  return { ...(start && { start }), ...(end && { end }) };
};

/** The start of the stay as the ledger best knows it; undefined before any content exists. */
export const stayStartOf = (state: AgreementState): StayDate | undefined => stayDatesOf(state).start;

/**
 * CTI-LA-1, judged on the best-known actual start (a planned one has not happened): true when
 * the stay began with no version in force or before the day version 1 was approved.
 */
export const startedBeforeApproval = (state: AgreementState, start = stayStartOf(state)): boolean | undefined => {
  if (!start || start.source === 'planned') return undefined;
  const firstVersion = state.versions[0];
  return !firstVersion || start.date < dayOf(firstVersion.approvedAt);
};
