import { Pool } from 'pg';
import { BenchSubject, OpenedSubject } from '../bench-subject';
import { freshPostgresDatabase } from '../fresh-database';

/**
 * The practical limit on PostgreSQL: the same driver, one multi-row INSERT per append in
 * autocommit (one round trip, one commit), the unique (stream_id, revision) key as the
 * only concurrency check, and default durability (synchronous_commit on, fsync on).
 */
export function rawPostgres(adminUrl: string, writers: number): BenchSubject {
  return {
    name: 'raw-postgres',
    engine: 'postgres',
    kind: 'raw',
    open: () => openRawPostgres(adminUrl, writers),
  };
}

async function openRawPostgres(adminUrl: string, writers: number): Promise<OpenedSubject> {
  const database = await freshPostgresDatabase(adminUrl, 'ml_bench_raw');
  const pool = new Pool({ connectionString: database.location, max: writers });
  await pool.query(`CREATE TABLE events (
    position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id UUID NOT NULL UNIQUE,
    stream_id TEXT NOT NULL, revision BIGINT NOT NULL, type TEXT NOT NULL,
    data JSONB NOT NULL, metadata JSONB NOT NULL, recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (stream_id, revision))`);
  return {
    append: async (streamId, events, eventsInStream) => {
      const values: unknown[] = [];
      const rows = events.map((e, i) => {
        values.push(e.id, streamId, eventsInStream + i, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
        const p = i * 6;
        return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6})`;
      });
      await pool.query(
        `INSERT INTO events (event_id, stream_id, revision, type, data, metadata) VALUES ${rows.join(', ')}`,
        values,
      );
      return eventsInStream + events.length;
    },
    readPage: async (cursor, pageSize) => {
      const { rows } = await pool.query<{ position: string }>(
        `SELECT position, event_id, stream_id, revision, type, data, metadata, recorded_at
         FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
        [String(cursor ?? 0n), pageSize],
      );
      return { count: rows.length, cursor: rows.length > 0 ? BigInt(rows[rows.length - 1].position) : cursor };
    },
    close: async () => {
      await pool.end();
      await database.drop();
    },
  };
}
