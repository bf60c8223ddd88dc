import Database from 'better-sqlite3';
import { BenchSubject, OpenedSubject } from '../bench-subject';
import { freshSqliteFile } from '../fresh-database';

/**
 * The practical limit on SQLite: the same driver and durability as our adapter (WAL,
 * synchronous=FULL), one INSERT per event in one transaction per append, and the
 * unique (stream_id, revision) key as the only concurrency check.
 */
export function rawSqlite(): BenchSubject {
  return { name: 'raw-sqlite', engine: 'sqlite', kind: 'raw', open: openRawSqlite };
}

async function openRawSqlite(): Promise<OpenedSubject> {
  const file = freshSqliteFile('ml-bench-raw');
  const db = new Database(file.location);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,
    stream_id TEXT NOT NULL, revision INTEGER NOT NULL, type TEXT NOT NULL,
    data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL,
    UNIQUE (stream_id, revision))`);
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const page = db.prepare(
    'SELECT position, event_id, stream_id, revision, type, data, metadata, recorded_at FROM events WHERE position > ? ORDER BY position LIMIT ?',
  );
  return {
    append: async (streamId, events, eventsInStream) => {
      const recordedAt = new Date().toISOString();
      db.transaction(() => {
        events.forEach((e, i) =>
          insert.run(e.id, streamId, eventsInStream + i, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), recordedAt),
        );
      }).immediate();
      return eventsInStream + events.length;
    },
    readPage: async (cursor, pageSize) => {
      const rows = page.all(cursor ?? 0, pageSize) as Array<Record<string, string | number>>;
      const decoded = rows.map((r) => ({
        ...r,
        data: JSON.parse(r.data as string),
        metadata: JSON.parse(r.metadata as string),
        recordedAt: new Date(r.recorded_at),
      }));
      return { count: decoded.length, cursor: rows.length > 0 ? BigInt(rows[rows.length - 1].position) : cursor };
    },
    close: async () => {
      db.close();
      await file.drop();
    },
  };
}
