import { StudentState, studentDecider, studentStreamId } from '@app/domain';
import { EventStore, aggregateStream } from '@app/event-store';

export interface LoadedStudent {
  state: StudentState;
  revision: bigint | 'no_stream';
}

export async function loadStudent(store: EventStore, studentId: string): Promise<LoadedStudent> {
  const { state, revision } = await aggregateStream(store, studentStreamId(studentId), studentDecider);
  return { state, revision };
}
