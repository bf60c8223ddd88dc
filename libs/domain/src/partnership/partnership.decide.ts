import { canonicalJson } from '../agreement/canonical-json';
import { invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { iiaKeyOf, recordedKeyOf } from './iia-key';
import { requirePartnerStaff } from './partnership.actor';
import { RecordIia, RecordPartner } from './partnership.commands';
import { PartnershipEvent } from './partnership.events';
import { PartnershipState } from './partnership.state';
import { partnershipId } from './partnership.stream';
import { assertValidIia, assertValidPartner, isSchacCode } from './validate-partnership';

const assertStream = (id: string, partners: string[], state: PartnershipState) => {
  if (id !== partnershipId(partners[0], partners[1])) {
    throw invalid(refusal('notThePartnership', id, partners), 'PARTNERSHIP-IIA');
  }
  if (state.partnershipId !== undefined && state.partnershipId !== id) {
    throw invalid(refusal('otherPartnership', id, state.partnershipId));
  }
};

/** Recording the same partner again changes nothing; new details replace the old ones, which the event keeps. */
export const recordPartner = ({ data, metadata }: RecordPartner, state: PartnershipState): PartnershipEvent[] => {
  const { schoolId, partner } = data;
  if (!isSchacCode(schoolId)) throw invalid(refusal('notASchacCode', schoolId), 'PARTNERSHIP-CONTENT');
  assertValidPartner(partner);
  if (partner.id === schoolId) throw invalid(refusal('ownPartner'), 'PARTNERSHIP-CONTENT', [{ field: 'id', said: refusal('ownPartner') }]);
  assertStream(data.partnershipId, [schoolId, partner.id], state);
  const by = requirePartnerStaff(metadata.actor, [schoolId], 'recordPartner');
  const previous = state.partners[partner.id];
  if (previous && canonicalJson(previous) === canonicalJson(partner)) return [];
  if (previous?.kind === 'institution' && partner.kind === 'company' && Object.keys(state.iias).length > 0) {
    throw ruleBroken('PARTNERSHIP-IIA', refusal('partnerIsInstitution', partner.id, schoolId), [{ field: 'kind', said: refusal('partnerIsInstitution', partner.id, schoolId) }]);
  }
  return [
    {
      type: 'PartnerRecorded',
      data: { partnershipId: data.partnershipId, schoolId, partner, ...(previous && { previous }), by, at: metadata.now },
    },
  ];
};

/**
 * An IIA is recorded once: the same terms again change nothing (an EWP re-import), new
 * terms under the same ids revise it and keep the old ones on the event.
 */
export const recordIia = ({ data, metadata }: RecordIia, state: PartnershipState): PartnershipEvent[] => {
  assertValidIia(data.iia);
  const heiIds = data.iia.partners.map((partner) => partner.heiId);
  assertStream(data.partnershipId, heiIds, state);
  const by = requirePartnerStaff(metadata.actor, heiIds, 'recordIia');
  const company = heiIds.find((id) => state.partners[id]?.kind === 'company');
  if (company) throw ruleBroken('PARTNERSHIP-IIA', refusal('companyWithoutIia', company));
  const key = recordedKeyOf(data.iia, state.iias);
  const common = { partnershipId: data.partnershipId, iia: data.iia, by, at: metadata.now };
  if (key === undefined) return [{ type: 'IiaRecorded', data: { ...common, iiaKey: iiaKeyOf(data.iia) } }];
  const previous = state.iias[key];
  if (canonicalJson(previous) === canonicalJson(data.iia)) return [];
  return [{ type: 'IiaRevised', data: { ...common, iiaKey: key, previous } }];
};
