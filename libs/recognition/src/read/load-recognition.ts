import { RecognitionState, recognitionDecider, recognitionStreamId } from '@app/domain';
import { EventStore, aggregateStream } from '@app/event-store';

export async function loadRecognition(store: EventStore, mobilityId: string): Promise<RecognitionState> {
  return (await aggregateStream(store, recognitionStreamId(mobilityId), recognitionDecider)).state;
}
