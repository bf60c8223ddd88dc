import { ColumnType, Row, RowOperation, RowValue, TableDefinition } from './projection';

export type Dialect = 'sqlite' | 'postgres';

const TYPES: Record<Dialect, Record<ColumnType, string>> = {
  sqlite: { text: 'TEXT', integer: 'INTEGER' },
  postgres: { text: 'TEXT', integer: 'INTEGER' },
};

/** Names come from projection code, never from a request; quoting keeps reserved words usable. */
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function createTableSql(table: TableDefinition, dialect: Dialect): string {
  const columns = Object.entries(table.columns).map(
    ([name, type]) => `${quote(name)} ${TYPES[dialect][type]}${table.primaryKey.includes(name) ? ' NOT NULL' : ''}`,
  );
  return `CREATE TABLE IF NOT EXISTS ${quote(table.name)} (${columns.join(', ')}, PRIMARY KEY (${table.primaryKey.map(quote).join(', ')}))`;
}

/** One `CREATE INDEX` per declared index, named after its table and columns. */
export const createIndexesSql = (table: TableDefinition): string[] =>
  (table.indexes ?? []).map((columns) => {
    columns.forEach((name) => assertColumn(table, name));
    return `CREATE INDEX IF NOT EXISTS ${quote(`${table.name}__${columns.join('__')}`)} ON ${quote(table.name)} (${columns.map(quote).join(', ')})`;
  });

export const dropTableSql = (table: TableDefinition): string => `DROP TABLE IF EXISTS ${quote(table.name)}`;

export interface Statement {
  sql: string;
  values: unknown[];
}

/** `INSERT ... ON CONFLICT DO UPDATE` and `DELETE` read the same on SQLite and PostgreSQL. */
export function operationSql(operation: RowOperation, tables: readonly TableDefinition[], dialect: Dialect): Statement {
  const table = tableNamed(tables, operation.table);
  const place = (n: number) => (dialect === 'postgres' ? `$${n}` : '?');
  if (operation.kind === 'delete') {
    const key = keyOf(table, operation.key);
    return {
      sql: `DELETE FROM ${quote(table.name)} WHERE ${key.map(([name], i) => `${quote(name)} = ${place(i + 1)}`).join(' AND ')}`,
      values: key.map(([, value]) => value),
    };
  }
  const columns = Object.keys(operation.row);
  columns.forEach((name) => assertColumn(table, name));
  keyOf(table, operation.row);
  const updated = columns.filter((name) => !table.primaryKey.includes(name));
  const onConflict = updated.length
    ? `DO UPDATE SET ${updated.map((name) => `${quote(name)} = excluded.${quote(name)}`).join(', ')}`
    : 'DO NOTHING';
  return {
    sql:
      `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map((_, i) => place(i + 1)).join(', ')}) ` +
      `ON CONFLICT (${table.primaryKey.map(quote).join(', ')}) ${onConflict}`,
    values: columns.map((name) => operation.row[name]),
  };
}

/**
 * What a select filters on: a column equal to a value, or to one of a list of values (one
 * query for many keys, through the same index as one key).
 */
export type Where = Readonly<Record<string, RowValue | readonly RowValue[]>>;

/** `columns` narrows what is read: a query that needs a few columns leaves a large document unread. */
export function selectSql(table: TableDefinition, where: Where, dialect: Dialect, columns: readonly string[] = Object.keys(table.columns)): Statement {
  const filters = Object.keys(where);
  [...filters, ...columns].forEach((name) => assertColumn(table, name));
  const place = (n: number) => (dialect === 'postgres' ? `$${n}` : '?');
  // A list is one parameter: an array compared with = ANY on PostgreSQL, a JSON array read by json_each on SQLite.
  const test = (name: string, n: number) => {
    if (!Array.isArray(where[name])) return `${quote(name)} = ${place(n)}`;
    return dialect === 'postgres' ? `${quote(name)} = ANY(${place(n)})` : `${quote(name)} IN (SELECT value FROM json_each(${place(n)}))`;
  };
  const value = (name: string) => {
    const filter = where[name];
    return Array.isArray(filter) && dialect === 'sqlite' ? JSON.stringify(filter) : filter;
  };
  const condition = filters.length ? ` WHERE ${filters.map((name, i) => test(name, i + 1)).join(' AND ')}` : '';
  return {
    sql: `SELECT ${columns.map(quote).join(', ')} FROM ${quote(table.name)}${condition} ORDER BY ${table.primaryKey.map(quote).join(', ')}`,
    values: filters.map(value),
  };
}

export function tableNamed(tables: readonly TableDefinition[], name: string): TableDefinition {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no read-model table ${name} is declared by this projection`);
  return table;
}

function keyOf(table: TableDefinition, row: Row): Array<[string, unknown]> {
  return table.primaryKey.map((name) => {
    const value = row[name];
    if (value === undefined || value === null) throw new Error(`${table.name}: the key column ${name} is missing`);
    return [name, value];
  });
}

function assertColumn(table: TableDefinition, name: string): void {
  if (!(name in table.columns)) throw new Error(`${table.name} has no column ${name}`);
}
