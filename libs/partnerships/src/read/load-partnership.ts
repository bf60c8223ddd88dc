import { PartnershipState, partnershipDecider, partnershipStreamId } from '@app/domain';
import { AggregatedStream, EventStore, aggregateStream } from '@app/event-store';

export const loadPartnership = (store: EventStore, partnershipId: string): Promise<AggregatedStream<PartnershipState>> =>
  aggregateStream(store, partnershipStreamId(partnershipId), partnershipDecider);
