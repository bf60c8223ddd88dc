import { WrongExpectedRevisionError } from '../errors';
import { EventStore, EventToAppend, RecordedEvent } from '../event-store';
import { DomainEvent, foldRecorded } from './aggregate-stream';
import { personalDataOf } from '../personal-data/protected-event-store';
import { deterministicEventId } from './deterministic-event-id';

export interface CommandDecider<Command, State, Event extends DomainEvent> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** What the handler knows when it stamps new events with their metadata. */
export interface StampContext {
  streamId: string;
  /** Revision the first new event will take. */
  firstRevision: bigint;
  /** The stream's last event before this command, if any (for hash chains). */
  previous?: RecordedEvent;
}

export interface HandleCommandOptions<Command, State, Event extends DomainEvent> {
  store: EventStore;
  streamId: string;
  decider: CommandDecider<Command, State, Event>;
  /**
   * The command, or how to pick it from the current state (e.g. sign the draft or the open
   * amendment), possibly looking up what the decider needs besides the stream.
   */
  command: Command | ((state: State) => Command | Promise<Command>);
  /** Metadata of each new event: actor, correlation, hash chain. */
  stamp(events: readonly Event[], context: StampContext): EventToAppend[];
  /**
   * The client's Idempotency-Key: a retried request finds its events in the stream and gets
   * the state they produced, and two identical requests in flight store their events once.
   */
  idempotency?: { key: string; scope: string };
  maxAttempts?: number;
}

export interface CommandResult<State> {
  state: State;
  /** The stream's revision after the command (or after the first attempt, on a replay). */
  revision: bigint | 'no_stream';
  newEvents: number;
  replayed: boolean;
}

const IDEMPOTENCY_KEY = 'idempotencyKey';

/** Random, growing pauses, so contenders that lost together do not collide again in step. */
const contentionPause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 6)));

/**
 * Load, fold, decide, seal personal fields, stamp, append with the expected revision; decide
 * again on a conflict.
 */
export async function handleCommand<Command, State, Event extends DomainEvent>(
  options: HandleCommandOptions<Command, State, Event>,
): Promise<CommandResult<State>> {
  const { store, streamId, decider, idempotency, maxAttempts = 8 } = options;
  for (let attempt = 1; ; attempt += 1) {
    const recorded = await store.readStream(streamId);
    const replay = idempotency && replayOf(recorded, idempotency, options);
    if (replay) return replay;
    const state = foldRecorded(recorded, decider);
    const command = typeof options.command === 'function' ? await (options.command as (s: State) => Command | Promise<Command>)(state) : options.command;
    const decided = decider.decide(command, state);
    const current = recorded.at(-1)?.revision;
    if (decided.length === 0) {
      return { state, revision: current ?? 'no_stream', newEvents: 0, replayed: false };
    }
    // The decider saw plaintext; the store and the hash chain see personal fields sealed.
    const sealed = (await personalDataOf(store)?.seal(decided)) ?? decided;
    const stamped = options.stamp(sealed, {
      streamId,
      firstRevision: current === undefined ? 0n : current + 1n,
      previous: recorded.at(-1),
    });
    const toAppend = idempotency ? withIdempotency(stamped, streamId, idempotency) : stamped;
    try {
      const result = await store.appendToStream(streamId, toAppend, {
        expectedRevision: current ?? 'no_stream',
      });
      return {
        state: decided.reduce(decider.evolve, state),
        revision: result.nextExpectedRevision,
        newEvents: decided.length,
        replayed: false,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= maxAttempts) throw error;
      await contentionPause(attempt);
    }
  }
}

function withIdempotency(
  events: EventToAppend[],
  streamId: string,
  { key, scope }: { key: string; scope: string },
): EventToAppend[] {
  return events.map((event, index) => ({
    ...event,
    id: deterministicEventId(`${scope}\n${streamId}\n${key}\n${index}`),
    metadata: { ...event.metadata, [IDEMPOTENCY_KEY]: `${scope}:${key}` },
  }));
}

function replayOf<Command, State, Event extends DomainEvent>(
  recorded: RecordedEvent[],
  { key, scope }: { key: string; scope: string },
  { decider }: HandleCommandOptions<Command, State, Event>,
): CommandResult<State> | undefined {
  const marker = `${scope}:${key}`;
  const last = recorded.findLastIndex((e) => e.metadata[IDEMPOTENCY_KEY] === marker);
  if (last < 0) return undefined;
  const upToFirstAttempt = recorded.slice(0, last + 1);
  return {
    state: foldRecorded(upToFirstAttempt, decider),
    revision: recorded[last].revision,
    newEvents: 0,
    replayed: true,
  };
}
