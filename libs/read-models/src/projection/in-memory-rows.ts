import type { RecordedEvent } from '@app/event-store';
import { Projection, Row, RowOperation } from './projection';
import { operationsOf } from './projection';
import { tableNamed } from './table-sql';

/** Rows by table, each table's rows sorted by primary key: what a store's `select` returns. */
export type TableRows = Record<string, Row[]>;

/**
 * Applies a projection to events in memory, as the stores do on disk: for specs that
 * replay events and compare rows without a database.
 */
export function projectInMemory(projection: Projection, events: readonly RecordedEvent[]): TableRows {
  const tables = new Map(projection.tables.map((t) => [t.name, new Map<string, Row>()]));
  const keyText = (table: string, row: Row) =>
    JSON.stringify(tableNamed(projection.tables, table).primaryKey.map((name) => row[name]));
  const applyOne = (operation: RowOperation) => {
    const rows = tables.get(operation.table)!;
    if (operation.kind === 'delete') rows.delete(keyText(operation.table, operation.key));
    else {
      const key = keyText(operation.table, operation.row);
      rows.set(key, { ...(rows.get(key) ?? {}), ...operation.row });
    }
  };
  events.forEach((event) => operationsOf(projection, event).forEach(applyOne));
  return Object.fromEntries(
    projection.tables.map((table) => [table.name, completeAndSort(table.columns, table.primaryKey, [...tables.get(table.name)!.values()])]),
  );
}

function completeAndSort(columns: Record<string, unknown>, primaryKey: readonly string[], rows: Row[]): Row[] {
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
