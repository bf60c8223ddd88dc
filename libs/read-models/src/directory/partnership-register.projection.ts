import { PARTNERSHIP_EVENT_TYPES, PartnershipEvent, PartnershipState, partnershipDecider, partnershipIdOf } from '@app/domain';
import { type RecordedEvent, asDomainEvent } from '@app/event-store';
import { DocumentProjection } from '../projection';

export const PARTNERSHIP_REGISTER = 'partnership_register';

/** One document per partnership: its partners and inter-institutional agreements, folded by the domain. */
export const partnershipRegisterProjection: DocumentProjection<PartnershipState> = {
  kind: 'documents',
  name: PARTNERSHIP_REGISTER,
  version: 1,
  table: { name: PARTNERSHIP_REGISTER, columns: {} },
  canHandle: PARTNERSHIP_EVENT_TYPES,
  keysOf: (event: RecordedEvent) => {
    const partnershipId = partnershipIdOf(event.streamId);
    return partnershipId ? [partnershipId] : [];
  },
  evolve: (state, recorded) => partnershipDecider.evolve(state ?? partnershipDecider.initialState(), asDomainEvent<PartnershipEvent>(recorded)),
  columnsOf: () => ({}),
};
