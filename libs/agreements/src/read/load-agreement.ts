import { AgreementState, agreementDecider, agreementStreamId } from '@app/domain';
import { EventStore, RecordedEvent } from '@app/event-store';
import { fromRecorded } from '../application/agreement-event-codec';

export interface LoadedAgreement {
  state: AgreementState;
  recorded: RecordedEvent[];
}

export async function loadAgreement(store: EventStore, mobilityId: string): Promise<LoadedAgreement> {
  const recorded = await store.readStream(agreementStreamId(mobilityId));
  const state = recorded.reduce(
    (s, e) => agreementDecider.evolve(s, fromRecorded(e)),
    agreementDecider.initialState(),
  );
  return { state, recorded };
}
