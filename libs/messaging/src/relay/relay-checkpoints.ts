import { MessagingDatabase } from '../database';
import { RelayLock, RelayLockLostError } from './relay-lock';

/**
 * The last global position the broker acknowledged, per relay name. Positions are opaque:
 * stored as text, handed back to `readAll`, compared only for equality.
 */
export interface RelayCheckpoints {
  load(): Promise<bigint | null>;
  /** Throws RelayLockLostError, writing nothing, when the lock is no longer held. */
  save(position: bigint): Promise<void>;
}

export async function createRelayTables(db: MessagingDatabase): Promise<void> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS relay_checkpoints (
       relay TEXT PRIMARY KEY, position TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  );
  await db.query(
    `CREATE TABLE IF NOT EXISTS relay_leases (
       relay TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at BIGINT NOT NULL)`,
  );
}

/**
 * Every write is one statement: on SQLite a transaction held across an await would make
 * writers in the same process block on the file lock with the event loop stopped.
 */
export function relayCheckpoints(db: MessagingDatabase, relay: string, lock: RelayLock): RelayCheckpoints {
  return {
    async load() {
      const { rows } = await db.query<{ position: string }>('SELECT position FROM relay_checkpoints WHERE relay = $1', [relay]);
      return rows.length ? BigInt(rows[0].position) : null;
    },
    async save(position) {
      const fence = lock.fence();
      const { changes } = await db.query(
        `INSERT INTO relay_checkpoints (relay, position, updated_at) SELECT $1, $2, $3 WHERE ${fence.condition}
         ON CONFLICT (relay) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
        [relay, position.toString(), new Date().toISOString(), ...fence.params],
      );
      if (changes !== 1) throw new RelayLockLostError(relay);
    },
  };
}
