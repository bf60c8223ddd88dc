import { IdempotencyKeyReusedError, WrongExpectedRevisionError } from '../errors';
import { EventStore, EventToAppend, RecordedEvent } from '../event-store';
import { DomainEvent, foldRecorded } from './aggregate-stream';
import { personalDataOf } from '../personal-data/protected-event-store';
import { deterministicEventId } from './deterministic-event-id';
import { readStreamForCommand } from './request-reads';

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
  /**
   * Metadata the handler records on every new event (the Idempotency-Key and the request's
   * fingerprint): the stamp must write it before it computes a hash, so that the chain covers it.
   */
  metadata: Record<string, unknown>;
}

/** The client's Idempotency-Key, and what it was sent with. */
export interface Idempotency {
  key: string;
  /** Who may reuse the key (the actor): another caller's key is another key. */
  scope: string;
  /**
   * A hash of what was asked (method, route, canonical body): the same key sent with another
   * request is refused (IDEMPOTENCY-KEY-REUSED) instead of answered with the first one's result.
   */
  fingerprint?: string;
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
  idempotency?: Idempotency;
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
const REQUEST_FINGERPRINT = 'requestFingerprint';

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
    // The first attempt decides on what the request read already (its access check); a retry reads again.
    const recorded = attempt === 1 ? await readStreamForCommand(store, streamId) : await store.readStream(streamId);
    const replay = idempotency && (await replayOf(recorded, idempotency, options));
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
    const keyed = idempotency && (await keyedFingerprint(store, idempotency, decided));
    const metadata = keyed ? idempotencyMetadata(keyed) : {};
    const stamped = options.stamp(sealed, {
      streamId,
      firstRevision: current === undefined ? 0n : current + 1n,
      previous: recorded.at(-1),
      metadata,
    });
    const toAppend = keyed ? withIdempotentIds(stamped, streamId, keyed, metadata) : stamped;
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

/**
 * The request's fingerprint as it is recorded: a plain hash of a body that names a student would
 * confirm a guess of their names after an erasure, so it is keyed under the keys of the subjects
 * whose personal data the events hold (and the event ids derived from it with it).
 */
async function keyedFingerprint(store: EventStore, idempotency: Idempotency, decided: readonly DomainEvent[]): Promise<Idempotency> {
  const protection = personalDataOf(store);
  if (idempotency.fingerprint === undefined || !protection) return idempotency;
  return { ...idempotency, fingerprint: await protection.keyedDigest(decided, idempotency.fingerprint) };
}

const idempotencyMetadata = ({ key, scope, fingerprint }: Idempotency): Record<string, unknown> => ({
  [IDEMPOTENCY_KEY]: `${scope}:${key}`,
  ...(fingerprint !== undefined && { [REQUEST_FINGERPRINT]: fingerprint }),
});

/**
 * Ids derived from the key and the fingerprint, so that two identical requests in flight store
 * their events once, and of two different ones with the same key the second loses the race on
 * the revision, reads the first and is refused. The key itself is metadata the stamp wrote
 * before hashing: added afterwards, it would be outside the hash chain and every keyed command
 * would read as tampered.
 */
function withIdempotentIds(
  events: EventToAppend[],
  streamId: string,
  { key, scope, fingerprint }: Idempotency,
  metadata: Record<string, unknown>,
): EventToAppend[] {
  const seed = fingerprint === undefined ? `${scope}\n${streamId}\n${key}` : `${scope}\n${streamId}\n${key}\n${fingerprint}`;
  return events.map((event, index) => {
    const missing = Object.keys(metadata).find((name) => event.metadata?.[name] !== metadata[name]);
    if (missing) throw new Error(`handleCommand on ${streamId}: the stamp left out the ${missing} of the context's metadata`);
    return { ...event, id: deterministicEventId(`${seed}\n${index}`) };
  });
}

async function replayOf<Command, State, Event extends DomainEvent>(
  recorded: RecordedEvent[],
  { key, scope, fingerprint }: Idempotency,
  { decider, store }: HandleCommandOptions<Command, State, Event>,
): Promise<CommandResult<State> | undefined> {
  const marker = `${scope}:${key}`;
  const last = recorded.findLastIndex((e) => e.metadata[IDEMPOTENCY_KEY] === marker);
  if (last < 0) return undefined;
  // Events recorded before fingerprints were kept carry none: they are replayed as before.
  const first = recorded[last].metadata[REQUEST_FINGERPRINT];
  const attempt = recorded.filter((event) => event.metadata[IDEMPOTENCY_KEY] === marker);
  const protection = personalDataOf(store);
  // Once the subject's key is erased, what the first request said can no longer be compared.
  const expected = fingerprint !== undefined && protection ? await protection.keyedDigest(attempt, fingerprint, { create: false }) : fingerprint;
  if (expected !== undefined && first !== undefined && first !== expected) {
    throw new IdempotencyKeyReusedError(recorded[last].streamId, key);
  }
  const upToFirstAttempt = recorded.slice(0, last + 1);
  return {
    state: foldRecorded(upToFirstAttempt, decider),
    revision: recorded[last].revision,
    newEvents: 0,
    replayed: true,
  };
}
