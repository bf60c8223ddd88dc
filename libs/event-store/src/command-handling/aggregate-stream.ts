import { EventStore, RecordedEvent } from '../event-store';
import { readStreamOnce } from './request-reads';

export type DomainEvent = { type: string; data: unknown };

export interface StateFolder<State, Event extends DomainEvent> {
  evolve(state: State, event: Event): State;
  initialState(): State;
  /** The decider's reading of an event stored in an older shape (its schema version); as stored when absent. */
  upcast?(recorded: RecordedEvent): Event;
}

/** A stored event as its decider reads it, for event types that never changed shape. */
export const asDomainEvent = <Event extends DomainEvent>(recorded: RecordedEvent): Event =>
  ({ type: recorded.type, data: recorded.data }) as Event;

/** A stored event upcast by the folder's own upcaster, so that every reader of a stream reads old versions alike. */
const readBy = <State, Event extends DomainEvent>(folder: StateFolder<State, Event>, recorded: RecordedEvent): Event =>
  folder.upcast ? folder.upcast(recorded) : asDomainEvent<Event>(recorded);

export interface AggregatedStream<State> {
  state: State;
  recorded: RecordedEvent[];
  /** The stream's last revision, or 'no_stream'. */
  revision: bigint | 'no_stream';
}

/** Folds a list of stored events with a decider's `evolve`. */
export const foldRecorded = <State, Event extends DomainEvent>(
  recorded: readonly RecordedEvent[],
  folder: StateFolder<State, Event>,
): State => recorded.reduce((state, event) => folder.evolve(state, readBy(folder, event)), folder.initialState());

/** Reads a stream and folds it: the current state of one aggregate. */
export async function aggregateStream<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  folder: StateFolder<State, Event>,
): Promise<AggregatedStream<State>> {
  const recorded = await readStreamOnce(store, streamId);
  return { state: foldRecorded(recorded, folder), recorded, revision: recorded.at(-1)?.revision ?? 'no_stream' };
}
