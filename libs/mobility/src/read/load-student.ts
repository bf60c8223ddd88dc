import { StudentState, studentDecider, studentStreamId } from '@app/domain';
import { EventStore } from '@app/event-store';
import { studentEventFromRecorded } from '../application/event-codecs';

export interface LoadedStudent {
  state: StudentState;
  revision: bigint | 'no_stream';
}

export async function loadStudent(store: EventStore, studentId: string): Promise<LoadedStudent> {
  const recorded = await store.readStream(studentStreamId(studentId));
  const state = recorded.reduce((s, e) => studentDecider.evolve(s, studentEventFromRecorded(e)), studentDecider.initialState());
  return { state, revision: recorded.at(-1)?.revision ?? 'no_stream' };
}
