import type { RecordedEvent } from '@app/event-store';

/** Portable column types: TEXT and INTEGER on SQLite, TEXT and INTEGER (32-bit) on PostgreSQL. */
export type ColumnType = 'text' | 'integer';

/** A read-model table: every column but the primary key may be null. */
export interface TableDefinition {
  name: string;
  columns: Readonly<Record<string, ColumnType>>;
  primaryKey: readonly string[];
}

export type RowValue = string | number | null;
export type Row = Readonly<Record<string, RowValue>>;

/** Keyed by primary key, so applying the same operation twice leaves the same row. */
export type RowOperation =
  | { kind: 'upsert'; table: string; row: Row }
  | { kind: 'delete'; table: string; key: Row };

/**
 * A projection is a pure function from one recorded event to row changes in its own
 * tables: no clock, no reads, no I/O. Storage, checkpoints and delivery belong to the
 * ProjectionStore and the runner. Bump `version` when the tables or `apply` change: the
 * store then drops the tables and the projection is rebuilt from the start of the log.
 */
export interface Projection {
  name: string;
  version: number;
  tables: readonly TableDefinition[];
  /** Event types `apply` is called for; the checkpoint moves past the others too. */
  canHandle: readonly string[];
  apply(event: RecordedEvent): readonly RowOperation[];
}

export const upsert = (table: string, row: Row): RowOperation => ({ kind: 'upsert', table, row });
export const deleteRow = (table: string, key: Row): RowOperation => ({ kind: 'delete', table, key });

/** The operations of one event, or none when the projection does not handle its type. */
export const operationsOf = (projection: Projection, event: RecordedEvent): readonly RowOperation[] =>
  projection.canHandle.includes(event.type) ? projection.apply(event) : [];
