import type { RecordedEvent } from '@app/event-store';

/** Portable column types: TEXT and INTEGER on SQLite, TEXT and INTEGER (32-bit) on PostgreSQL. */
export type ColumnType = 'text' | 'integer';

/** A read-model table: every column but the primary key may be null. */
export interface TableDefinition {
  name: string;
  columns: Readonly<Record<string, ColumnType>>;
  primaryKey: readonly string[];
  /** Secondary indexes, each a list of columns: one per query that filters or orders on them. */
  indexes?: readonly (readonly string[])[];
}

export type RowValue = string | number | null;
export type Row = Readonly<Record<string, RowValue>>;

/** Keyed by primary key, so applying the same operation twice leaves the same row. */
export type RowOperation =
  | { kind: 'upsert'; table: string; row: Row }
  | { kind: 'delete'; table: string; key: Row };

/** What every projection has: a name, a version, and the event types it reads. */
interface ProjectionBase {
  name: string;
  /** Bump it when the tables or the function change: the store drops the tables and the projection is rebuilt. */
  version: number;
  /** Event types the projection is called for; the checkpoint moves past the others too. */
  canHandle: readonly string[];
}

/**
 * A row projection is a pure function from one recorded event to row changes in its own
 * tables: no clock, no reads, no I/O. Storage, checkpoints and delivery belong to the
 * ProjectionStore and the runner.
 */
export interface RowProjection extends ProjectionBase {
  kind: 'rows';
  tables: readonly TableDefinition[];
  apply(event: RecordedEvent): readonly RowOperation[];
}

/** The table of a document projection: its query columns beside the key and the JSON document. */
export interface DocumentTable {
  name: string;
  /** Columns to filter on, computed from the document by `columnsOf`; `key`, `document` and `revisions` are the store's. */
  columns: Readonly<Record<string, ColumnType>>;
  /** Secondary indexes over the query columns, as for a row table. */
  indexes?: readonly (readonly string[])[];
}

/**
 * A document projection folds several events, possibly of several streams, into one JSON
 * document per key (Emmett's Pongo projections): `evolve` gets the stored document and the
 * event and returns the next document, or null to delete it. Pure like a row projection:
 * the store reads the document in the same transaction that writes it and the checkpoint.
 */
export interface DocumentProjection<Document = unknown> extends ProjectionBase {
  kind: 'documents';
  table: DocumentTable;
  /** The documents the event changes (usually one, none for an event of no interest). */
  keysOf(event: RecordedEvent): readonly string[];
  evolve(document: Document | undefined, event: RecordedEvent): Document | null;
  /** The query columns of a document; a column it leaves out is stored as null. */
  columnsOf(document: Document): Row;
}

/** Either kind; `kind` tells the store how to apply it. */
export type Projection = RowProjection | DocumentProjection;

export const upsert = (table: string, row: Row): RowOperation => ({ kind: 'upsert', table, row });
export const deleteRow = (table: string, key: Row): RowOperation => ({ kind: 'delete', table, key });

/** Whether the projection is interested in the event at all. */
export const handles = (projection: Projection, event: RecordedEvent): boolean => projection.canHandle.includes(event.type);

/** The operations of one event for a row projection, or none when it does not handle its type. */
export const operationsOf = (projection: RowProjection, event: RecordedEvent): readonly RowOperation[] =>
  handles(projection, event) ? projection.apply(event) : [];
