import { laterEvent } from '../exhaustive';
import { PartnershipEvent } from './partnership.events';
import { PartnershipState } from './partnership.state';
import { Iia, Partner } from './partnership.types';

/** Institutions an IIA names are partners too, even when nobody recorded them by hand. */
const institutionsOf = (iia: Iia, known: Record<string, Partner>): Record<string, Partner> =>
  Object.fromEntries(iia.partners.map(({ heiId }) => [heiId, known[heiId] ?? { id: heiId, kind: 'institution' as const }]));

export const evolvePartnership = (state: PartnershipState, event: PartnershipEvent): PartnershipState => {
  const { type, data } = event;
  switch (type) {
    case 'PartnerRecorded':
      return { ...state, partnershipId: data.partnershipId, partners: { ...state.partners, [data.partner.id]: data.partner } };
    case 'IiaRecorded':
    case 'IiaRevised':
      return {
        ...state,
        partnershipId: data.partnershipId,
        partners: { ...institutionsOf(data.iia, state.partners), ...state.partners },
        iias: { ...state.iias, [data.iiaKey]: data.iia },
      };
    default:
      return laterEvent(type, state);
  }
};
