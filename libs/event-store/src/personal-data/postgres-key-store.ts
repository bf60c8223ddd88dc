import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { withTransaction } from '../postgres/with-transaction';
import { DataKey, newDataKey } from './envelope';
import { PERSONAL_DATA_KEYS_TABLE as TABLE, PersonalDataKeyStore } from './personal-data-key-store';

type KeyRow = { key_id: string; data_key: Buffer };

/**
 * Keys in the events' own PostgreSQL database (the connection string's schema). An erasure
 * deletes the row and vacuums the table, so the key leaves the live data files at once;
 * WAL archives and base backups keep it until they expire.
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

  async keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (keyIds.length === 0) return new Map();
    const { rows } = await this.pool.query<KeyRow>(
      `SELECT key_id::text, data_key FROM ${TABLE} WHERE key_id::text = ANY($1::text[])`,
      [keyIds],
    );
    return new Map(rows.map((row) => [row.key_id, row.data_key]));
  }

  async erase(subjectId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(`DELETE FROM ${TABLE} WHERE subject_id = $1`, [subjectId]);
    if (!rowCount) return false;
    await this.pool.query(`VACUUM ${TABLE}`);
    return true;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
