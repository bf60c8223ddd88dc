import type { RecordedEvent } from '@app/event-store';
import { DocumentProjection, Projection, Row, RowOperation, TableDefinition, deleteRow, handles, upsert } from './projection';

/** A document as the store keeps it: the JSON document and, per source stream, the last revision folded in. */
export interface StoredDocument<Document = unknown> {
  key: string;
  document: Document;
  revisions: Record<string, number>;
}

/** The table a document projection is stored in: key, JSON text, revisions folded, then its query columns. */
export function documentTableDefinition(projection: DocumentProjection): TableDefinition {
  return {
    name: projection.table.name,
    primaryKey: ['key'],
    columns: { key: 'text', document: 'text', revisions: 'text', ...projection.table.columns },
    ...(projection.table.indexes && { indexes: projection.table.indexes }),
  };
}

/** The tables a projection of either kind writes, as the stores create, empty and query them. */
export const tablesOf = (projection: Projection): readonly TableDefinition[] =>
  projection.kind === 'rows' ? projection.tables : [documentTableDefinition(projection)];

export const storedDocumentOf = <Document>(row: Row): StoredDocument<Document> => ({
  key: String(row.key),
  document: JSON.parse(String(row.document)) as Document,
  revisions: JSON.parse(String(row.revisions)) as Record<string, number>,
});

/** The keys an event changes, or none when the projection does not handle its type. */
export const documentKeysOf = (projection: DocumentProjection, event: RecordedEvent): readonly string[] =>
  handles(projection, event) ? projection.keysOf(event) : [];

/**
 * The change one event makes to one stored document, or undefined when it makes none. An
 * event of a stream revision the document already folded is skipped: on top of the
 * checkpoint, a repeated event never folds twice (a deleted document forgets its revisions,
 * and only the checkpoint guards it then). Every query column is written, null when absent,
 * because an upsert sets only the columns it names.
 */
export function documentChange(
  projection: DocumentProjection,
  key: string,
  stored: StoredDocument | undefined,
  event: RecordedEvent,
): RowOperation | undefined {
  const folded = stored?.revisions[event.streamId];
  if (folded !== undefined && BigInt(folded) >= event.revision) return undefined;
  const next = projection.evolve(stored?.document, event);
  if (next === null) return stored ? deleteRow(projection.table.name, { key }) : undefined;
  const columns = projection.columnsOf(next);
  const queryColumns = Object.fromEntries(Object.keys(projection.table.columns).map((name) => [name, columns[name] ?? null]));
  return upsert(projection.table.name, {
    ...queryColumns,
    key,
    document: JSON.stringify(next),
    revisions: JSON.stringify({ ...stored?.revisions, [event.streamId]: Number(event.revision) }),
  });
}
