import type { RecordedEvent } from '@app/event-store';
import { documentChange, documentKeysOf, storedDocumentOf, tablesOf } from './document-projection';
import { DocumentProjection, Projection, Row, RowOperation, TableDefinition, operationsOf } from './projection';
import { tableNamed } from './table-sql';

/** Rows by table, each table's rows sorted by primary key: what a store's `select` returns. */
export type TableRows = Record<string, Row[]>;

/**
 * Applies a projection to events in memory, as the stores do on disk: for specs that
 * replay events and compare rows without a database. Documents go through JSON text as in
 * a store, so a spec sees exactly what a store would keep.
 */
export function projectInMemory(projection: Projection, events: readonly RecordedEvent[]): TableRows {
  const tables = tablesOf(projection);
  const rowsByTable = new Map(tables.map((t) => [t.name, new Map<string, Row>()]));
  const keyText = (table: string, row: Row) => JSON.stringify(tableNamed(tables, table).primaryKey.map((name) => row[name]));
  const applyOne = (operation: RowOperation) => {
    const rows = rowsByTable.get(operation.table)!;
    if (operation.kind === 'delete') rows.delete(keyText(operation.table, operation.key));
    else {
      const key = keyText(operation.table, operation.row);
      rows.set(key, { ...(rows.get(key) ?? {}), ...operation.row });
    }
  };
  for (const event of events) {
    if (projection.kind === 'rows') operationsOf(projection, event).forEach(applyOne);
    else foldDocuments(projection, event, rowsByTable.get(projection.table.name)!, keyText);
  }
  return Object.fromEntries(tables.map((table) => [table.name, completeAndSort(table, [...rowsByTable.get(table.name)!.values()])]));
}

/** The documents a document projection keeps after the events, by key. */
export function documentsInMemory<Document>(projection: DocumentProjection<Document>, events: readonly RecordedEvent[]): Record<string, Document> {
  const rows = projectInMemory(projection as DocumentProjection, events)[projection.table.name];
  return Object.fromEntries(rows.map((row) => [String(row.key), storedDocumentOf<Document>(row).document]));
}

function foldDocuments(
  projection: DocumentProjection,
  event: RecordedEvent,
  rows: Map<string, Row>,
  keyText: (table: string, row: Row) => string,
): void {
  for (const key of documentKeysOf(projection, event)) {
    const row = rows.get(keyText(projection.table.name, { key }));
    const change = documentChange(projection, key, row ? storedDocumentOf(row) : undefined, event);
    if (change?.kind === 'delete') rows.delete(keyText(change.table, change.key));
    else if (change) rows.set(keyText(change.table, change.row), { ...(row ?? {}), ...change.row });
  }
}

function completeAndSort({ columns, primaryKey }: TableDefinition, rows: Row[]): Row[] {
  const complete = rows.map((row) => Object.fromEntries(Object.keys(columns).map((name) => [name, row[name] ?? null])));
  return complete.sort((a, b) => {
    for (const name of primaryKey) {
      const [x, y] = [a[name]!, b[name]!];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}
