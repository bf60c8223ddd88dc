import { RecognitionState, recognitionDecider, recognitionStreamId } from '@app/domain';
import { EventStore } from '@app/event-store';
import { recognitionEventFromRecorded } from '../application/decide-recognition.handler';

export async function loadRecognition(store: EventStore, mobilityId: string): Promise<RecognitionState> {
  const recorded = await store.readStream(recognitionStreamId(mobilityId));
  return recorded.reduce(
    (state, e) => recognitionDecider.evolve(state, recognitionEventFromRecorded(e)),
    recognitionDecider.initialState(),
  );
}
