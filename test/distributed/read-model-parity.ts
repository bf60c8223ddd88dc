import { personalFieldsOf } from '@app/domain';
import { openProtectedEventStore } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { Client } from 'pg';
import { DELIVERIES_TABLE, PROJECTIONS, ProjectionRunner, createProjectionStore } from '@app/read-models';
import { readModelSnapshot } from '@app/read-models/testing';
import { waitFor } from '@app/messaging/testing';

/**
 * The read models the projections service built from the broker, beside the same
 * projections rebuilt from the event store into a fresh schema: equal when every event
 * reached every read model exactly once. Also how many events the log holds and how many
 * (stream, revision) deliveries the service recorded.
 */
export async function compareWithRebuild(databaseUrl: string) {
  const database = { kind: 'postgres', connectionString: databaseUrl } as const;
  const events = await openProtectedEventStore({ events: database, keys: database, personalData: personalFieldsOf });
  const live = await createProjectionStore({ kind: 'postgres', connectionString: databaseUrl });
  const scratch = await createTestSchema();
  const rebuiltStore = await createProjectionStore({ kind: 'postgres', connectionString: scratch.connectionString });
  try {
    for (const projection of PROJECTIONS) await rebuiltStore.prepare(projection);
    const runner = new ProjectionRunner(events, rebuiltStore, PROJECTIONS);
    const eventsInLog = await countStoredEvents(databaseUrl);
    // The global log stops short of a transaction still open anywhere in the database: read until it holds them all.
    await waitFor('the rebuild to read the whole log', async () => {
      await runner.catchUp();
      return (await events.readAll()).length === eventsInLog;
    });
    return {
      live: await readModelSnapshot(live, PROJECTIONS),
      rebuilt: await readModelSnapshot(rebuiltStore, PROJECTIONS),
      eventsInLog,
      deliveries: await countDeliveries(databaseUrl),
    };
  } finally {
    await rebuiltStore.close();
    await live.close();
    await events.close();
    await scratch.drop();
  }
}

/** The (stream, revision) deliveries the projections service has applied so far. */
export const countDeliveries = (databaseUrl: string): Promise<number> => countRows(databaseUrl, DELIVERIES_TABLE);

/** The events committed to the store, counted in its table rather than read through the global log. */
export const countStoredEvents = (databaseUrl: string): Promise<number> => countRows(databaseUrl, 'ml_events');

async function countRows(databaseUrl: string, table: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM ${table}`);
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}
