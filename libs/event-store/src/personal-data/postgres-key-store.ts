import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { withTransaction } from '../postgres/with-transaction';
import { DataKey, newDataKey } from './envelope';
import { PERSONAL_DATA_KEYS_TABLE as TABLE, PersonalDataKeyStore } from './personal-data-key-store';

type KeyRow = { key_id: string; data_key: Buffer };

/** A UUID as PostgreSQL writes it (`key_id::text`): the only ids a stored key can have. */
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How long an erasure waits for the transactions that could still see the deleted key. */
const HORIZON_WAIT_MS = 10_000;

/**
 * Keys in the events' own PostgreSQL database (the connection string's schema). A deleted row
 * stays in the table's file as a dead version, and a plain VACUUM frees its space without
 * overwriting it; so an erasure deletes the row, waits until no transaction that could still
 * see it is running (VACUUM would have to keep it), then rewrites the table with VACUUM FULL,
 * which leaves only live rows in a new file and truncates the old one. PostgreSQL's own WAL
 * (pg_wal until its segments are recycled, archives, replicas) and base backups keep the key
 * until they expire.
 */
export class PostgresKeyStore implements PersonalDataKeyStore {
  private constructor(private readonly pool: Pool) {}

  static async connect(connectionString: string): Promise<PostgresKeyStore> {
    const pool = new Pool({ connectionString, max: 4 });
    // Under a lock: two processes starting at once would both try to create the table.
    await withTransaction(pool, async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':${TABLE}'))`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (
        key_id     UUID PRIMARY KEY,
        subject_id TEXT NOT NULL UNIQUE,
        data_key   BYTEA NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    });
    return new PostgresKeyStore(pool);
  }

  async keyFor(subjectId: string): Promise<DataKey> {
    const fresh = newDataKey(randomUUID());
    // The new row, or the one held already. A concurrent writer's row, committed after this
    // statement's snapshot, is skipped by the insert and not yet seen by the select: ask again.
    for (;;) {
      const row = await this.insertOrSelect(subjectId, fresh);
      if (row) return { keyId: row.key_id, key: row.data_key };
    }
  }

  private async insertOrSelect(subjectId: string, fresh: DataKey): Promise<KeyRow | undefined> {
    const { rows } = await this.pool.query<KeyRow>(
      `WITH inserted AS (
         INSERT INTO ${TABLE} (key_id, subject_id, data_key) VALUES ($1, $2, $3)
         ON CONFLICT (subject_id) DO NOTHING RETURNING key_id::text, data_key)
       SELECT * FROM inserted UNION ALL SELECT key_id::text, data_key FROM ${TABLE} WHERE subject_id = $2 LIMIT 1`,
      [fresh.keyId, subjectId, fresh.key],
    );
    return rows[0];
  }

  async keyOf(subjectId: string): Promise<DataKey | undefined> {
    const { rows } = await this.pool.query<KeyRow>(`SELECT key_id::text, data_key FROM ${TABLE} WHERE subject_id = $1`, [subjectId]);
    return rows[0] && { keyId: rows[0].key_id, key: rows[0].data_key };
  }

  /**
   * Compared as UUIDs, so the primary key finds them. An id that is not a UUID in its text form
   * (an altered envelope) names no key: it is left out rather than cast, which would fail the read.
   */
  async keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    const uuids = keyIds.filter((keyId) => UUID_TEXT.test(keyId));
    if (uuids.length === 0) return new Map();
    const { rows } = await this.pool.query<KeyRow>(`SELECT key_id::text, data_key FROM ${TABLE} WHERE key_id = ANY($1::uuid[])`, [uuids]);
    return new Map(rows.map((row) => [row.key_id, row.data_key]));
  }

  async erase(subjectId: string): Promise<boolean> {
    const { deleted, xid } = await withTransaction(this.pool, async (client) => {
      const { rowCount } = await client.query(`DELETE FROM ${TABLE} WHERE subject_id = $1`, [subjectId]);
      const { rows } = await client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
      return { deleted: Boolean(rowCount), xid: rows[0].xid };
    });
    await this.waitForHorizonPast(xid);
    await this.pool.query(`VACUUM FULL ${TABLE}`);
    return deleted;
  }

  /**
   * Until every snapshot of this database is newer than the deleting transaction: no running
   * transaction older than it (pg_snapshot_xmin), and no backend holding an older snapshot
   * (backend_xmin, as far as this role may see other backends). A replication slot or a
   * standby's feedback can hold the horizon too; they are not looked at.
   */
  private async waitForHorizonPast(xid: string): Promise<void> {
    const deadline = Date.now() + HORIZON_WAIT_MS;
    for (;;) {
      const { rows } = await this.pool.query<{ clear: boolean }>(
        `SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8
            AND NOT EXISTS (
              SELECT 1 FROM pg_stat_activity
               WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL
                 AND age(backend_xmin) >= age((($1::xid8)::text::bigint % 4294967296)::text::xid)) AS clear`,
        [xid],
      );
      if (rows[0].clear) return;
      if (Date.now() > deadline) {
        throw new Error(`a transaction older than the erasure (${xid}) is still running, so the key's dead row cannot be vacuumed away yet: erase again to finish it`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
