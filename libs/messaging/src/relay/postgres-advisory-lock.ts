import { Client } from 'pg';
import { sleep } from '../sleep';
import { RelayLock, RelayLockLostError } from './relay-lock';

const RETRY_MS = 500;

/**
 * A session advisory lock on a connection of its own: PostgreSQL releases it the moment
 * that connection ends, so a relay killed with SIGKILL hands over without any timeout.
 * The key includes the schema so that separate schemas (tests) do not contend.
 */
export function postgresAdvisoryLock(connectionString: string, relay: string): RelayLock {
  let client: Client | undefined;
  let lost = false;

  async function connect(): Promise<Client> {
    const session = new Client({ connectionString, keepAlive: true });
    session.on('error', () => (lost = true));
    session.on('end', () => (lost = true));
    await session.connect();
    return session;
  }

  return {
    async acquire(signal) {
      lost = false;
      client = await connect();
      while (!signal.aborted) {
        const { rows } = await client.query<{ held: boolean }>(
          "SELECT pg_try_advisory_lock(hashtext(current_schema() || ':ml-relay:' || $1)) AS held",
          [relay],
        );
        if (rows[0].held) return true;
        await sleep(RETRY_MS, signal);
      }
      await this.release();
      return false;
    },
    async confirm() {
      if (lost || !client) throw new RelayLockLostError(relay);
    },
    // The lock belongs to the backend of our session: while that backend holds it, we do.
    fence: () => ({
      condition: "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = $4)",
      params: [(client as unknown as { processID: number } | undefined)?.processID ?? -1],
    }),
    async release() {
      const session = client;
      client = undefined;
      // Ending the session releases the lock; an explicit unlock would only add a round trip.
      await session?.end().catch(() => undefined);
    },
  };
}
