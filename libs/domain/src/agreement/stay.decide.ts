import { invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { Actor, requireParty, signerOf } from './agreement.actor';
import { StayMoment } from './agreement-refusal-words';
import { ConfirmStayDates, RecordDeparture, RecordReturn } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { requireAgreement } from './agreement.guards';
import { AgreementState } from './agreement.state';
import { dayOf, isIsoDate } from './iso-date';
import { startedBeforeApproval } from './stay-period';

const requireRecorder = (actor: Actor, state: AgreementState, mobilityId: string, what: 'departure' | 'return') =>
  requireParty(actor, requireAgreement(state, mobilityId).content, ['student', 'sending'], what === 'departure' ? 'recordDeparture' : 'recordReturn');

/** The field of the request's body that carries each date: a departure or a return is `date`. */
const FIELD_OF: Record<StayMoment, string> = { departure: 'date', return: 'date', start: 'start', end: 'end' };

/** A stay is recorded once it happened: an actual date, never a planned one. */
const requirePastDate = (date: string, now: string, what: StayMoment) => {
  const said = !isIsoDate(date) ? refusal('stayDateNotIso', what, date) : date > dayOf(now) ? refusal('stayDateAhead', what, date, dayOf(now)) : undefined;
  if (said) throw invalid(said, 'LA-STAY', [{ field: FIELD_OF[what], said }]);
};

/**
 * A departure is recorded whatever the agreement's state, because it is a fact; leaving
 * before version 1 was approved (no version, or approved after the departure day) is
 * recorded on the event as a CTI-LA-1 finding for the audit, not refused.
 */
export const recordDeparture = ({ data, metadata }: RecordDeparture, state: AgreementState): AgreementEvent[] => {
  const party = requireRecorder(metadata.actor, state, data.mobilityId, 'departure');
  requirePastDate(data.date, metadata.now, 'departure');
  if (state.departedOn) throw ruleBroken('LA-STAY', refusal('departureRecorded', state.departedOn));
  const firstVersion = state.versions[0];
  const beforeApproval = !firstVersion || data.date < dayOf(firstVersion.approvedAt);
  return [
    {
      type: 'DepartureRecorded',
      data: {
        mobilityId: data.mobilityId,
        date: data.date,
        findings: beforeApproval ? ['CTI-LA-1'] : [],
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};

export const recordReturn = ({ data, metadata }: RecordReturn, state: AgreementState): AgreementEvent[] => {
  const party = requireRecorder(metadata.actor, state, data.mobilityId, 'return');
  requirePastDate(data.date, metadata.now, 'return');
  if (!state.departedOn) throw ruleBroken('LA-STAY', refusal('departureFirst'));
  if (state.returnedOn) throw ruleBroken('LA-STAY', refusal('returnRecorded', state.returnedOn));
  if (data.date < state.departedOn) {
    throw invalid(refusal('returnBeforeDeparture', data.date, state.departedOn), 'LA-STAY');
  }
  return [
    {
      type: 'ReturnRecorded',
      data: { mobilityId: data.mobilityId, date: data.date, party, by: signerOf(metadata.actor), at: metadata.now },
    },
  ];
};

/**
 * LA-STAY: the receiving institution states when the stay actually began and ended, as its
 * certificate of attendance does; it outranks the declared dates in the mobility status and in
 * CTI-LA-1. A start before version 1 was approved is recorded as a finding, not refused.
 */
export const confirmStayDates = ({ data, metadata }: ConfirmStayDates, state: AgreementState): AgreementEvent[] => {
  const party = requireParty(metadata.actor, requireAgreement(state, data.mobilityId).content, ['receiving'], 'confirmStayDates');
  if (data.start === undefined && data.end === undefined) throw invalid(refusal('startOrEnd'), 'LA-STAY');
  if (data.start !== undefined) requirePastDate(data.start, metadata.now, 'start');
  if (data.end !== undefined) requirePastDate(data.end, metadata.now, 'end');
  const previous = state.confirmedStay;
  const start = data.start ?? previous?.start;
  if (start === undefined) throw ruleBroken('LA-STAY', refusal('startFirst'));
  const end = data.end ?? previous?.end;
  if (end !== undefined && end < start) throw invalid(refusal('endBeforeStart', end, start), 'LA-STAY');
  if (start === previous?.start && end === previous?.end) throw ruleBroken('LA-STAY', refusal('alreadyConfirmed', start, end));
  const newFinding = data.start !== undefined && data.start !== previous?.start && startedBeforeApproval(state, { date: start, source: 'confirmed' }) === true;
  return [
    {
      type: 'StayDatesConfirmed',
      data: {
        mobilityId: data.mobilityId,
        ...(data.start !== undefined && { start: data.start }),
        ...(data.end !== undefined && { end: data.end }),
        ...(previous && { previous: { ...(previous.start && { start: previous.start }), ...(previous.end && { end: previous.end }) } }),
        findings: newFinding ? ['CTI-LA-1'] : [],
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};
