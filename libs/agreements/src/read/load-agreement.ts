import { AgreementState, agreementDecider, agreementStreamId } from '@app/domain';
import { AggregatedStream, EventStore, aggregateStream } from '@app/event-store';

export type LoadedAgreement = AggregatedStream<AgreementState>;

export const loadAgreement = (store: EventStore, mobilityId: string): Promise<LoadedAgreement> =>
  aggregateStream(store, agreementStreamId(mobilityId), agreementDecider);
