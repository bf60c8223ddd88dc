import Database from 'better-sqlite3';

/**
 * A connection to a file the event store shares: WAL, so readers never block the writer;
 * FULL, so a commit is on disk before it returns, even across a power loss; and a wait on
 * the write lock rather than a failure while another connection holds it.
 */
export function openSqlite(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  return db;
}
