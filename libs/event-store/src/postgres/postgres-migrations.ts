import type { Pool } from 'pg';

/** Versioned, append-only: a released migration is never edited, a new one is added. */
const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE ml_streams (
        stream_id TEXT PRIMARY KEY,
        revision  BIGINT NOT NULL
      );
      CREATE TABLE ml_events (
        position        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id  XID8   NOT NULL DEFAULT pg_current_xact_id(),
        event_id        UUID   NOT NULL UNIQUE,
        stream_id       TEXT   NOT NULL,
        revision        BIGINT NOT NULL,
        type            TEXT   NOT NULL,
        schema_version  INT    NOT NULL,
        data            JSONB  NOT NULL,
        metadata        JSONB  NOT NULL,
        recorded_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (stream_id, revision)
      );
      -- The global log is read in commit order: by transaction, then position.
      CREATE INDEX ml_events_commit_order ON ml_events (transaction_id, position);

      -- One round trip per append. Outcomes: 'appended'; 'seen' (an id was stored before:
      -- the caller decides whether this is a retry); 'conflict' (with the actual revision).
      -- An id stored before with a matching revision surfaces as a unique violation on
      -- event_id, which the caller settles as a retry: no lookup on the append's hot path.
      CREATE FUNCTION ml_append(
        p_stream TEXT, p_expected TEXT, p_ids UUID[], p_types TEXT[], p_versions INT[],
        p_data JSONB[], p_metadata JSONB[]
      ) RETURNS TABLE (outcome TEXT, last_revision BIGINT, last_position BIGINT)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_count BIGINT := cardinality(p_ids);
        v_last  BIGINT;
        v_seen  BOOLEAN;
      BEGIN
        IF p_expected = 'any' THEN
          INSERT INTO ml_streams AS s VALUES (p_stream, v_count - 1)
          ON CONFLICT (stream_id) DO UPDATE SET revision = s.revision + v_count
          RETURNING s.revision INTO v_last;
        ELSIF p_expected = 'no_stream' THEN
          INSERT INTO ml_streams VALUES (p_stream, v_count - 1)
          ON CONFLICT (stream_id) DO NOTHING RETURNING revision INTO v_last;
        ELSIF p_expected = 'stream_exists' THEN
          UPDATE ml_streams SET revision = revision + v_count
          WHERE stream_id = p_stream RETURNING revision INTO v_last;
        ELSE
          -- The row lock makes a concurrent appender wait, then re-check the revision and lose.
          UPDATE ml_streams SET revision = revision + v_count
          WHERE stream_id = p_stream AND revision = p_expected::BIGINT RETURNING revision INTO v_last;
        END IF;
        IF v_last IS NULL THEN
          -- A concurrent attempt with the same ids may be what moved the stream: a retry.
          -- Dynamic, so it is planned on the table as it is now: a plan cached while the table
          -- was small would scan it whole for ever after.
          EXECUTE 'SELECT EXISTS (SELECT 1 FROM ml_events WHERE event_id = ANY ($1))' INTO v_seen USING p_ids;
          IF v_seen THEN
            RETURN QUERY SELECT 'seen'::TEXT, NULL::BIGINT, NULL::BIGINT;
            RETURN;
          END IF;
          RETURN QUERY SELECT 'conflict'::TEXT, (SELECT revision FROM ml_streams WHERE stream_id = p_stream), NULL::BIGINT;
          RETURN;
        END IF;
        RETURN QUERY
          WITH inserted AS (
            INSERT INTO ml_events (event_id, stream_id, revision, type, schema_version, data, metadata)
            SELECT e.id, p_stream, v_last - v_count + e.n, e.type, e.version, e.data, e.metadata
            FROM unnest(p_ids, p_types, p_versions, p_data, p_metadata)
              WITH ORDINALITY AS e(id, type, version, data, metadata, n)
            ORDER BY e.n
            RETURNING position
          )
          SELECT 'appended'::TEXT, v_last, max(position) FROM inserted;
      END;
      $$;`,
  },
];

const MIGRATION_LOCK = 741_852_963; // any fixed key: serialises concurrent starts

export async function migratePostgres(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS ml_schema_migrations (
      version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM ml_schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO ml_schema_migrations (version) VALUES ($1)', [migration.version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
