import { Row, RowOperation, RowValue, Statement, TableDefinition, tableNamed } from '../projection';

/** What a sequence of operations leaves of one row: deleted first or not, then the columns upserted since. */
interface RowChange {
  table: TableDefinition;
  key: Row;
  deleted: boolean;
  upserted?: Record<string, RowValue>;
}

/**
 * Operations folded per row, in order: a later upsert adds its columns to an earlier one (an
 * upsert sets only the columns it names), a delete forgets what came before it. Applying each
 * change once (its delete, then its upsert) leaves the rows the operations leave one by one.
 */
export function foldRowOperations(operations: Iterable<RowOperation>, tables: readonly TableDefinition[]): RowChange[] {
  const changes = new Map<string, RowChange>();
  for (const operation of operations) {
    const table = tableNamed(tables, operation.table);
    const source = operation.kind === 'delete' ? operation.key : operation.row;
    checked(table, operation.kind === 'delete' ? table.primaryKey : Object.keys(source), source);
    const key = Object.fromEntries(table.primaryKey.map((name) => [name, source[name]]));
    const id = JSON.stringify([table.name, ...table.primaryKey.map((name) => source[name])]);
    const change = changes.get(id) ?? { table, key, deleted: false };
    if (operation.kind === 'delete') Object.assign(change, { deleted: true, upserted: undefined });
    else change.upserted = { ...change.upserted, ...operation.row };
    changes.set(id, change);
  }
  return [...changes.values()];
}

/** The checks of a single write (`operationSql`): known columns, a whole key. */
function checked(table: TableDefinition, columns: readonly string[], row: Row): void {
  for (const name of columns) if (!(name in table.columns)) throw new Error(`${table.name} has no column ${name}`);
  for (const name of table.primaryKey) {
    if (row[name] === undefined || row[name] === null) throw new Error(`${table.name}: the key column ${name} is missing`);
  }
}

/** PostgreSQL takes at most 65,535 parameters a statement. */
const MAX_PARAMETERS = 30_000;

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The folded changes as few PostgreSQL statements: one DELETE per table, one multi-row upsert per table and column set. */
export function rowChangesSql(changes: readonly RowChange[]): Statement[] {
  const statements: Statement[] = [];
  const deletes = groupBy(changes.filter((c) => c.deleted), (c) => c.table.name);
  for (const group of deletes.values()) {
    const { table } = group[0];
    for (const chunk of chunked(group, Math.floor(MAX_PARAMETERS / table.primaryKey.length))) {
      const values: unknown[] = [];
      const tuples = chunk.map(({ key }) => `(${table.primaryKey.map((name) => `$${values.push(key[name])}`).join(', ')})`);
      statements.push({
        sql: `DELETE FROM ${quote(table.name)} WHERE (${table.primaryKey.map(quote).join(', ')}) IN (${tuples.join(', ')})`,
        values,
      });
    }
  }
  const upserts = groupBy(
    changes.filter((c) => c.upserted),
    (c) => JSON.stringify([c.table.name, ...Object.keys(c.upserted!)]),
  );
  for (const group of upserts.values()) {
    const { table } = group[0];
    const columns = Object.keys(group[0].upserted!);
    const updated = columns.filter((name) => !table.primaryKey.includes(name));
    const onConflict = updated.length ? `DO UPDATE SET ${updated.map((name) => `${quote(name)} = excluded.${quote(name)}`).join(', ')}` : 'DO NOTHING';
    for (const chunk of chunked(group, Math.floor(MAX_PARAMETERS / columns.length))) {
      const values: unknown[] = [];
      const tuples = chunk.map(({ upserted }) => `(${columns.map((name) => `$${values.push(upserted![name])}`).join(', ')})`);
      statements.push({
        sql:
          `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES ${tuples.join(', ')} ` +
          `ON CONFLICT (${table.primaryKey.map(quote).join(', ')}) ${onConflict}`,
        values,
      });
    }
  }
  return statements;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
