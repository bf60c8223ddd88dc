/**
 * What the bench needs of a store, whatever its API. Each subject maps these calls onto
 * its own store and its own expected-revision convention.
 */
export interface BenchEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export interface OpenedSubject {
  /**
   * Appends after the `eventsInStream` events the writer knows of, with that as the
   * expected revision, and returns the stream's event count as the store reports it.
   */
  append(streamId: string, events: BenchEvent[], eventsInStream: number): Promise<number>;
  /** One page of the global log after `cursor` (null: from the start), decoded. */
  readPage(cursor: bigint | null, pageSize: number): Promise<{ count: number; cursor: bigint | null }>;
  close(): Promise<void>;
}

export interface BenchSubject {
  /** Stable key in the JSON, e.g. `ours-sqlite`. */
  name: string;
  engine: 'sqlite' | 'postgres';
  kind: 'ours' | 'raw' | 'emmett';
  /** Opens the subject on a fresh, empty database of its own. */
  open(): Promise<OpenedSubject>;
  /** Durability and driver settings, as observed on the opened database. */
  describe?(): Promise<Record<string, string>>;
}
