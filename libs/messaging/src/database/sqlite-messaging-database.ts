import Database from 'better-sqlite3';
import { MessagingDatabase, SqlExecutor, SqlResult } from './messaging-database';

/**
 * A connection of its own on the event store's SQLite file. better-sqlite3 is synchronous
 * while a consumer's effect may await, so transactions are queued: two of them never
 * interleave on the one connection.
 */
export function openSqliteMessagingDatabase(path: string): MessagingDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  const executor: SqlExecutor = { query: async (sql, params) => run(db, sql, params ?? []) };
  let queue: Promise<unknown> = Promise.resolve();

  return {
    dialect: 'sqlite',
    query: (sql, params) => {
      const next = queue.then(() => run(db, sql, params ?? []));
      queue = next.catch(() => undefined);
      return next as never;
    },
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(executor);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      db.close();
    },
  };
}

function run<Row>(db: Database.Database, sql: string, params: readonly unknown[]): SqlResult<Row> {
  const ordered: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    ordered.push(params[Number(n) - 1]);
    return '?';
  });
  const statement = db.prepare(text);
  if (statement.reader) return { rows: statement.all(...ordered) as Row[], changes: 0 };
  return { rows: [], changes: statement.run(...ordered).changes };
}
