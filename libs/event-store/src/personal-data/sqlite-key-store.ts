import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { openSqlite } from '../sqlite/open-sqlite';
import { DataKey, newDataKey } from './envelope';
import { PERSONAL_DATA_KEYS_TABLE as TABLE, PersonalDataKeyStore } from './personal-data-key-store';

type KeyRow = { key_id: string; data_key: Buffer };

/**
 * Keys in the events' own SQLite file, through a connection of their own, the only one that
 * writes this table. `secure_delete` zeroes a deleted key's bytes in its page; the erasure then
 * checkpoints the WAL into the file and truncates it, so that no older image of the page, with
 * the key in it, is left in the WAL either.
 */
export class SqliteKeyStore implements PersonalDataKeyStore {
  private readonly db: Database.Database;
  // Prepared once: keyFor runs on every append that seals, keysById on every read that opens.
  private readonly statements;

  constructor(path: string) {
    this.db = openSqlite(path);
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (
      key_id     TEXT PRIMARY KEY,
      subject_id TEXT NOT NULL UNIQUE,
      data_key   BLOB NOT NULL,
      created_at TEXT NOT NULL)`);
    this.statements = {
      insert: this.db.prepare(
        `INSERT INTO ${TABLE} (key_id, subject_id, data_key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (subject_id) DO NOTHING`,
      ),
      bySubject: this.db.prepare(`SELECT key_id, data_key FROM ${TABLE} WHERE subject_id = ?`),
      byIds: this.db.prepare(`SELECT key_id, data_key FROM ${TABLE} WHERE key_id IN (SELECT value FROM json_each(?))`),
      erase: this.db.prepare(`DELETE FROM ${TABLE} WHERE subject_id = ?`),
    };
  }

  async keyFor(subjectId: string): Promise<DataKey> {
    const fresh = newDataKey(randomUUID());
    this.statements.insert.run(fresh.keyId, subjectId, fresh.key, new Date().toISOString());
    const row = this.statements.bySubject.get(subjectId) as KeyRow;
    return { keyId: row.key_id, key: row.data_key };
  }

  async keyOf(subjectId: string): Promise<DataKey | undefined> {
    const row = this.statements.bySubject.get(subjectId) as KeyRow | undefined;
    return row && { keyId: row.key_id, key: row.data_key };
  }

  async keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (keyIds.length === 0) return new Map();
    const rows = this.statements.byIds.all(JSON.stringify(keyIds)) as KeyRow[];
    return new Map(rows.map((row) => [row.key_id, row.data_key]));
  }

  async erase(subjectId: string): Promise<boolean> {
    const { changes } = this.statements.erase.run(subjectId);
    this.purgeWal();
    return changes > 0;
  }

  /**
   * TRUNCATE waits (busy_timeout) for readers of older snapshots, which pin WAL frames. One that
   * outlasts the wait (another process) leaves the frames, with the key, in place: the erasure
   * fails then, and its retry, which finds the key gone, purges again.
   */
  private purgeWal(): void {
    const [outcome] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (outcome?.busy) throw new Error('a reader of the SQLite file kept the WAL from being truncated after the erasure: erase again to finish it');
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
