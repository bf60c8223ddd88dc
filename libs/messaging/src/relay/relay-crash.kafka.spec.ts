import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, createEventStore } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { startIdempotentConsumer } from '../consumer';
import { MessagingDatabase, openMessagingDatabase } from '../database';
import { categoryTopics } from '../events';
import { MessageBus } from '../port';
import { RelayChild, collectMessages, expectedRevisions, revisionsByStream, spawnRelay, testBus, uniqueTopicPrefix, waitFor } from '../testing';

jest.setTimeout(180_000);

const STREAMS = 40;

async function appendEvents(store: EventStore, appends: number, from = 0): Promise<void> {
  for (let n = from; n < from + appends; n += 1) {
    const events = Array.from({ length: 5 }, (_, i) => ({ type: 'TestEventHappened', data: { n, i } }));
    await store.appendToStream(`agreement-crash${n % STREAMS}`, events, { expectedRevision: 'any' });
  }
}

describe('relay processes (SIGKILL, restart, one lock holder)', () => {
  let bus: MessageBus;
  let children: RelayChild[];
  beforeEach(() => {
    bus = testBus();
    children = [];
  });
  afterEach(async () => {
    // A failed assertion must not leave a relay running after the suite.
    for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
    await bus.close();
  });

  it('loses nothing when the relay is SIGKILLed mid-stream and restarted; the consumer applies each event once', async () => {
    const schema = await createTestSchema();
    const store = await createEventStore({ kind: 'postgres', connectionString: schema.connectionString });
    const database: MessagingDatabase = openMessagingDatabase({ kind: 'postgres', connectionString: schema.connectionString });
    const prefix = uniqueTopicPrefix();
    const env = relayEnv({ EVENT_STORE: 'postgres', DATABASE_URL: schema.connectionString, KAFKA_TOPIC_PREFIX: prefix });
    await database.query('CREATE TABLE applied (seq SERIAL PRIMARY KEY, stream_id TEXT NOT NULL, revision BIGINT NOT NULL)');
    let deliveries = 0;
    const consumer = await startIdempotentConsumer({
      bus,
      database,
      groupId: `crash-consumer-${prefix}`,
      topics: categoryTopics(prefix),
      apply: async (event, tx) => {
        await tx.query('INSERT INTO applied (stream_id, revision) VALUES ($1, $2)', [event.streamId, event.revision.toString()]);
      },
      beforeOffsetCommit: () => void (deliveries += 1),
    });
    const applied = async () => Number((await database.query<{ n: string }>('SELECT COUNT(*) AS n FROM applied')).rows[0].n);
    try {
      await appendEvents(store, 300);
      const first = spawnRelay(env);
      children.push(first);
      await waitFor('the first relay to be mid-stream', async () => (await applied()) >= 200);
      first.process.kill('SIGKILL');
      await first.exited;
      const writing = appendEvents(store, 100, 300); // the log keeps growing while no relay runs
      const second = spawnRelay(env);
      children.push(second);
      await writing;
      // Read again each time: on PostgreSQL the global log stops short of any transaction still
      // open in the database (the consumer's own included), so one early read can come up short.
      let log = await store.readAll();
      await waitFor('every event applied', async () => (await applied()) === (log = await store.readAll()).length, 90_000).catch(async (error) => {
        throw new Error(`${error.message}: ${await applied()} of ${log.length}; ${JSON.stringify(second.lines.slice(-5))}`);
      });
      second.process.kill('SIGTERM');
      await second.exited;

      const rows = (await database.query<{ stream_id: string; revision: string }>('SELECT stream_id, revision FROM applied ORDER BY seq')).rows;
      const appliedOrder = new Map<string, number[]>();
      for (const row of rows) appliedOrder.set(row.stream_id, [...(appliedOrder.get(row.stream_id) ?? []), Number(row.revision)]);
      expect(appliedOrder).toEqual(expectedRevisions(log));
      expect(deliveries).toBeGreaterThanOrEqual(log.length); // resent after the kill: at least once
    } finally {
      await consumer.stop();
      await database.close();
      await store.close();
      await schema.drop();
    }
  });

  it('keeps a second relay waiting on the lock until the first dies, then it takes over (SQLite lease)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-lock-'));
    const path = join(dir, 'store.db');
    const store = await createEventStore({ kind: 'sqlite', path });
    const prefix = uniqueTopicPrefix();
    const env = relayEnv({ EVENT_STORE: 'sqlite', SQLITE_PATH: path, KAFKA_TOPIC_PREFIX: prefix, RELAY_LEASE_MS: '1500' });
    const { received, consumer } = await collectMessages(bus, categoryTopics(prefix));
    try {
      await appendEvents(store, 20);
      const first = spawnRelay(env);
      children.push(first);
      await first.waitForMessage('relay lock acquired');
      const second = spawnRelay(env);
      children.push(second);
      await second.waitForMessage('waiting for the relay lock');
      await appendEvents(store, 20, 20);
      await waitFor('the first batches', () => received.length >= 200);
      expect(second.lines.some((line) => line.message === 'relay lock acquired')).toBe(false);

      first.process.kill('SIGKILL');
      await first.exited;
      await appendEvents(store, 20, 40);
      await second.waitForMessage('relay lock acquired', 10_000);
      const log = await store.readAll();
      await waitFor('every event on the broker', () => new Set(received.map((m) => `${m.key}:${m.headers['stream-revision']}`)).size === log.length);
      second.process.kill('SIGTERM');
      await second.exited;
      const deduped = received.filter(
        (m, i) => received.findIndex((o) => o.key === m.key && o.headers['stream-revision'] === m.headers['stream-revision']) === i,
      );
      expect(revisionsByStream(deduped)).toEqual(expectedRevisions(log));
    } finally {
      await consumer.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function relayEnv(env: Record<string, string>): Record<string, string> {
  // Two relays run side by side: each serves its metrics on a free port. The tests read the info lines.
  return {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    KAFKA_LOG_LEVEL: 'nothing',
    LOG_LEVEL: 'info',
    RELAY_PORT: '0',
    RELAY_BATCH_SIZE: '20',
    RELAY_POLL_MS: '20',
    ...env,
  };
}
