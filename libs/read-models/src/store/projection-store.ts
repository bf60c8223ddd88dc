import type { RecordedEvent } from '@app/event-store';
import { Projection, Row, Where } from '../projection';

/** Events read from the log right after `after` (a checkpoint, or the start of the log). */
export interface EventBatch {
  after: bigint | 'start';
  events: readonly RecordedEvent[];
}

export interface BatchOutcome {
  /** Events whose row changes were written (handled or not by the projection). */
  applied: number;
  /** The projection's checkpoint after the batch: the last position it handled. */
  checkpoint: bigint | null;
  /** The batch did not follow the stored checkpoint: resume reading from `checkpoint`. */
  stale: boolean;
}

/**
 * Where projections keep their rows and checkpoints: the same database as the events
 * (SQLite file or PostgreSQL), so that a read model is as durable as the log it comes from.
 * Projections are applied to the events as stored (`storedEvent`), whoever opened them: a
 * student's personal fields stay sealed in every row and document, and read as erased
 * wherever they were copied once the student's key is deleted.
 */
export interface ProjectionStore {
  /**
   * Creates the tables and the checkpoint; drops them first when the projection's version
   * changed. True when the tables were (re)created empty: a feed that does not read the log
   * itself must then rebuild them from it.
   */
  prepare(projection: Projection): Promise<boolean>;
  /** The last position the projection handled, or null before its first event. */
  checkpointOf(projectionName: string): Promise<bigint | null>;
  /** Writes the batch's rows and the new checkpoint in one transaction; see `eventsToApply`. */
  applyBatch(projection: Projection, batch: EventBatch): Promise<BatchOutcome>;
  /**
   * Applies one batch to each projection, each against its own checkpoint as `applyBatch`
   * does, all of it in one transaction: one pass over the log feeds every projection. The
   * outcomes are in the order of `projections`.
   */
  applyBatchToEach(projections: readonly Projection[], batch: EventBatch): Promise<BatchOutcome[]>;
  /**
   * Applies one event delivered by a message feed to each projection, unless the feed
   * already did: the (feed, stream, revision) record and the rows commit together. False
   * for a repeated delivery. The checkpoint is left alone: a feed's deliveries are not in
   * the log's order.
   */
  applyDelivered(feed: string, projections: readonly Projection[], event: RecordedEvent): Promise<boolean>;
  /**
   * `applyDelivered` for what one fetch of the feed brought, in one transaction: each event the
   * feed has not applied yet (nor earlier in the same batch) is recorded and applied to each
   * projection, in the order given. How many were new.
   */
  applyDeliveredBatch(feed: string, projections: readonly Projection[], events: readonly RecordedEvent[]): Promise<number>;
  /** Empties the projection's tables and forgets its checkpoint, in one transaction. */
  reset(projection: Projection): Promise<void>;
  /** Rows of one table matching `where` (column = value, or = one of a list), in primary-key order; only `columns` when named. */
  select(projection: Projection, table: string, where?: Where, columns?: readonly string[]): Promise<Row[]>;
  /** How many events the log holds, when it lives in this database; undefined otherwise. */
  countStoredEvents(): Promise<number | undefined>;
  close(): Promise<void>;
}

export const CHECKPOINTS_TABLE = 'read_model_checkpoints';
export const DELIVERIES_TABLE = 'read_model_deliveries';
