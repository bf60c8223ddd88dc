/**
 * The event-store port. Words follow KurrentDB's client (appendToStream, readStream,
 * readAll, subscribeToAll, expected revision), so a reader who knows one store knows ours.
 *
 * Positions are opaque tokens ordered by the store: compare them only by the order in
 * which `readAll` returns them. Revisions count from 0 within a stream.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type EventMetadata = Record<string, unknown>;

export interface EventToAppend<Data = unknown> {
  /** A UUID; generated when absent. Unique per store: re-appending it stores nothing new. */
  id?: string;
  type: string;
  data: Data;
  metadata?: EventMetadata;
  /** Version of the event's data shape, for upcasting on read; 1 when absent. */
  schemaVersion?: number;
}

export interface RecordedEvent<Data = unknown> {
  id: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  revision: bigint;
  position: bigint;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event appended: the expected revision of the next append. */
  nextExpectedRevision: bigint;
  /** Global position of the last event appended. */
  position: bigint;
}

export type ReadDirection = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** Inclusive; defaults to the first revision (forwards) or the last one (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
  direction?: ReadDirection;
}

export interface ReadAllOptions {
  /** Inclusive, as in KurrentDB; defaults to the start of the log. */
  fromPosition?: bigint;
  maxCount?: number;
}

export type SubscriptionHandler = (event: RecordedEvent) => Promise<void> | void;

export interface SubscribeToAllOptions {
  /**
   * Exclusive, as in KurrentDB: the position of the last event already handled (a
   * checkpoint), or 'start'.
   */
  fromPosition: bigint | 'start';
  handler: SubscriptionHandler;
}

export interface Subscription {
  /** Stops delivery; resolves once the handler in flight, if any, has returned. */
  stop(): Promise<void>;
  /** Settles when the subscription ends: resolves on stop, rejects with the handler's error. */
  readonly done: Promise<void>;
}

export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Events in commit order: a reader that resumes after the last one it saw never misses one. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catches up from the checkpoint, then follows live appends. */
  subscribeToAll(options: SubscribeToAllOptions): Subscription;
  close(): Promise<void>;
}
