import Database from 'better-sqlite3';
import type { FullScan, Issued } from './postgres-plans';

type StatementMethods = Record<'all' | 'get' | 'run' | 'iterate', (...args: unknown[]) => unknown>;

/**
 * Records every statement a better-sqlite3 connection runs (its SQL and the values bound)
 * until `stop`: the plans are taken of what the code runs, not of a copy of it.
 */
export function recordSqliteStatements(): { issued: Issued[]; stop(): void } {
  const probe = new Database(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as StatementMethods;
  probe.close();
  const issued: Issued[] = [];
  const originals = (['all', 'get', 'run', 'iterate'] as const).map((name) => [name, prototype[name]] as const);
  for (const [name, original] of originals) {
    prototype[name] = function (this: { source: string }, ...args: unknown[]) {
      issued.push({ sql: this.source, values: args });
      return original.apply(this, args);
    };
  }
  return { issued, stop: () => originals.forEach(([name, original]) => (prototype[name] = original)) };
}

const PLANNED = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;

/**
 * The full scans of `large` tables in the plans of the statements (EXPLAIN QUERY PLAN with
 * their values): a `SCAN` of such a table, even through an index, reads all of it; a
 * `SEARCH` reads the rows the index points at.
 */
export function sqliteFullScans(db: Database.Database, statements: readonly Issued[], large: ReadonlySet<string>): FullScan[] {
  const found: FullScan[] = [];
  const seen = new Set<string>();
  for (const { sql, values } of statements) {
    if (!PLANNED.test(sql) || seen.has(sql)) continue;
    seen.add(sql);
    const steps = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as Array<{ detail: string }>;
    for (const { detail } of steps) {
      const table = /^SCAN (\w+)/.exec(detail)?.[1];
      if (table && large.has(table)) found.push({ table, sql: `${sql.replace(/\s+/g, ' ').trim()} -- ${detail}` });
    }
  }
  return found;
}
