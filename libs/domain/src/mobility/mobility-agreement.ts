import { AgreementState, versionInForce } from '../agreement/agreement.state';
import { AgreementSummary } from './agreement-summary';
import { countryOfHeiId } from './receiving-country';

/**
 * What the mobility evaluation needs of one agreement: the version in force, or the draft
 * before version 1 (state.current is both), with the recorded departure and return. A
 * deleted draft is no stay at all.
 */
export function mobilityAgreementOf(state: AgreementState): AgreementSummary | undefined {
  if (!state.current || !state.mobilityId || state.status === 'deleted') return undefined;
  const content = state.current.content;
  const receivingCountry = countryOfHeiId(content.receivingInstitution.heiId);
  return {
    mobilityId: state.mobilityId,
    plannedStart: content.plannedStart,
    plannedEnd: content.plannedEnd,
    ...(state.departedOn && { departedOn: state.departedOn }),
    ...(state.returnedOn && { returnedOn: state.returnedOn }),
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
