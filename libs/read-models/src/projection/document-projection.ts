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
 * The document after one event: the next stored document, null when the event deletes it,
 * undefined when it changes nothing. An event of a stream revision the document already folded
 * is skipped: on top of the checkpoint, a repeated event never folds twice (a deleted document
 * forgets its revisions, and only the checkpoint guards it then).
 */
export function nextDocument(
  projection: DocumentProjection,
  key: string,
  stored: StoredDocument | undefined,
  event: RecordedEvent,
): StoredDocument | null | undefined {
  const folded = stored?.revisions[event.streamId];
  if (folded !== undefined && BigInt(folded) >= event.revision) return undefined;
  const next = projection.evolve(stored?.document, event);
  if (next === null) return stored ? null : undefined;
  return { key, document: next, revisions: { ...stored?.revisions, [event.streamId]: Number(event.revision) } };
}

/**
 * The row that stores a document. Every query column is written, null when absent, because an
 * upsert sets only the columns it names.
 */
export function documentRow(projection: DocumentProjection, { key, document, revisions }: StoredDocument): Row {
  const columns = projection.columnsOf(document);
  const queryColumns = Object.fromEntries(Object.keys(projection.table.columns).map((name) => [name, columns[name] ?? null]));
  return { ...queryColumns, key, document: JSON.stringify(document), revisions: JSON.stringify(revisions) };
}

/** The change one event makes to one stored document, or undefined when it makes none. */
export function documentChange(
  projection: DocumentProjection,
  key: string,
  stored: StoredDocument | undefined,
  event: RecordedEvent,
): RowOperation | undefined {
  const next = nextDocument(projection, key, stored, event);
  if (next === undefined) return undefined;
  return next === null ? deleteRow(projection.table.name, { key }) : upsert(projection.table.name, documentRow(projection, next));
}

/** The distinct keys the events change, in the order they first appear. */
export const documentKeysOfBatch = (projection: DocumentProjection, events: readonly RecordedEvent[]): string[] => [
  ...new Set(events.flatMap((event) => documentKeysOf(projection, event))),
];

/**
 * The changes a batch of events makes to the documents, each key's stored document read once
 * (`stored`, by key: absent when there is none) and each changed key written once, with the
 * result of applying the events one by one with `documentChange`. Between the events of the
 * batch a document is kept as `evolve` returned it, not as JSON text: `evolve` returns JSON data,
 * as the store keeps it.
 */
export function documentChangesOfBatch(
  projection: DocumentProjection,
  events: readonly RecordedEvent[],
  stored: ReadonlyMap<string, StoredDocument>,
): RowOperation[] {
  const current = new Map<string, StoredDocument | null>();
  for (const event of events) {
    for (const key of documentKeysOf(projection, event)) {
      const before = current.has(key) ? current.get(key) : stored.get(key);
      const next = nextDocument(projection, key, before ?? undefined, event);
      if (next !== undefined) current.set(key, next);
    }
  }
  const changes: RowOperation[] = [];
  for (const [key, document] of current) {
    if (document) changes.push(upsert(projection.table.name, documentRow(projection, document)));
    else if (stored.has(key)) changes.push(deleteRow(projection.table.name, { key }));
  }
  return changes;
}
