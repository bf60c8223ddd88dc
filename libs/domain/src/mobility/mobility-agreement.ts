import { AgreementState, versionInForce } from '../agreement/agreement.state';
import { contentInEffect } from '../agreement/minor-changes';
import { stayDatesOf } from '../agreement/stay-period';
import { AgreementSummary } from './agreement-summary';
import { countryOfHeiId } from './receiving-country';

/**
 * What the mobility evaluation needs of one agreement: the version in force, or the draft
 * before version 1 (state.current is both), with the recorded departure and return. A
 * deleted draft is no stay at all. The actual dates are the host's confirmed ones where it
 * confirmed them, the declared ones otherwise (LA-STAY), and say which.
 */
export function mobilityAgreementOf(state: AgreementState): AgreementSummary | undefined {
  if (!state.current || !state.mobilityId || state.status === 'deleted') return undefined;
  const content = contentInEffect(state) ?? state.current.content;
  const receivingCountry = countryOfHeiId(content.receivingInstitution.heiId);
  const { start, end } = stayDatesOf(state);
  const actualStart = start && start.source !== 'planned' ? start : undefined;
  const actualEnd = end && end.source !== 'planned' ? end : undefined;
  return {
    mobilityId: state.mobilityId,
    plannedStart: content.plannedStart,
    plannedEnd: content.plannedEnd,
    ...(actualStart && { departedOn: actualStart.date }),
    ...(actualEnd && { returnedOn: actualEnd.date }),
    dateSources: { start: actualStart?.source ?? 'planned', end: actualEnd?.source ?? 'planned' },
    stay: content.stay,
    activity: content.activity,
    mobilityType: content.mobilityType,
    track: content.track,
    approved: versionInForce(state) !== undefined,
    receivingHeiId: content.receivingInstitution.heiId,
    ...(receivingCountry && { receivingCountry }),
    sendingHeiId: content.sendingInstitution.heiId,
  };
}
