import { randomUUID } from 'node:crypto';
import { MessagingDatabase } from '../database';
import { sleep } from '../sleep';
import { RelayLock, RelayLockLostError } from './relay-lock';

/**
 * SQLite has no session locks, so the holder keeps a lease row alive: it pushes the expiry
 * forward a few times per lease, and a waiting relay takes the row once the expiry has
 * passed (the holder died or froze). Each step is a single statement, never a transaction
 * held across an await, which would stall writers in the same process.
 */
export function sqliteLeaseLock(db: MessagingDatabase, relay: string, leaseMs: number): RelayLock {
  const holder = randomUUID();
  let renewal: NodeJS.Timeout | undefined;
  let lost = false;

  const take = async () =>
    (
      await db.query(
        `INSERT INTO relay_leases (relay, holder, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (relay) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE relay_leases.holder = excluded.holder OR relay_leases.expires_at < $4`,
        [relay, holder, Date.now() + leaseMs, Date.now()],
      )
    ).changes === 1;

  const extend = async () =>
    (
      await db.query('UPDATE relay_leases SET expires_at = $3 WHERE relay = $1 AND holder = $2', [
        relay,
        holder,
        Date.now() + leaseMs,
      ])
    ).changes === 1;

  return {
    async acquire(signal) {
      lost = false;
      while (!signal.aborted) {
        if (await take()) {
          renewal = setInterval(() => {
            extend().then(
              (held) => (lost ||= !held),
              () => (lost = true),
            );
          }, Math.max(50, Math.floor(leaseMs / 3)));
          return true;
        }
        await sleep(Math.min(500, Math.floor(leaseMs / 4)), signal);
      }
      return false;
    },
    async confirm() {
      if (lost) throw new RelayLockLostError(relay);
    },
    fence: () => ({ condition: 'EXISTS (SELECT 1 FROM relay_leases WHERE relay = $1 AND holder = $4)', params: [holder] }),
    async release() {
      clearInterval(renewal);
      renewal = undefined;
      await db.query('DELETE FROM relay_leases WHERE relay = $1 AND holder = $2', [relay, holder]).catch(() => undefined);
    },
  };
}
