import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { event, events, readAllPaged, streamName } from '../contract/contract-fixtures';
import { EventStore, RecordedEvent } from '../event-store';
import { createEventStore } from '../create-event-store';
import { UnknownPositionError } from './postgres-global-log';
import { createTestSchema } from './postgres-test-database';

/** A transaction held open by hand, to commit (or not) when the test says. */
async function openTransaction(connectionString: string) {
  const client = new Client({ connectionString });
  await client.connect();
  await client.query('BEGIN');
  return {
    client,
    append: (stream: string) =>
      client.query(
        `SELECT * FROM ml_append($1, 'any', $2::uuid[], ARRAY['Late'], ARRAY[1], ARRAY['{"late":true}'::jsonb], ARRAY['{}'::jsonb])`,
        [stream, [randomUUID()]],
      ),
    takeTransactionId: () => client.query('SELECT pg_current_xact_id()'),
    end: async (outcome: 'COMMIT' | 'ROLLBACK') => {
      await client.query(outcome);
      await client.end();
    },
  };
}

/** A reader that resumes after the last event it saw, as a projection does. */
function tailingReader(store: EventStore) {
  const seen: RecordedEvent[] = [];
  return {
    seen,
    async poll() {
      const checkpoint = seen.at(-1)?.position;
      const page = await store.readAll({ fromPosition: checkpoint });
      seen.push(...page.filter((e) => e.position !== checkpoint));
      return seen.map((e) => (e.data as { late?: boolean }).late ? 'late' : `${e.revision}`);
    },
  };
}

describe('PostgreSQL global log: no event is skipped when transactions commit out of order', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let store: EventStore;
  beforeEach(async () => {
    schema = await createTestSchema();
    store = await createEventStore({ kind: 'postgres', connectionString: schema.connectionString });
  });
  afterEach(async () => {
    await store.close();
    await schema.drop();
  });

  it('race 1: an event that took its position early and commits late is delivered after the ones that passed it', async () => {
    const reader = tailingReader(store);
    await store.appendToStream(streamName(), [event()], { expectedRevision: 'no_stream' });
    expect(await reader.poll()).toEqual(['0']);

    const slow = await openTransaction(schema.connectionString);
    await slow.append(streamName('slow'));
    const fast = streamName('fast');
    await store.appendToStream(fast, events(2), { expectedRevision: 'no_stream' });
    expect(await reader.poll()).toEqual(['0']); // held back, not skipped: the slow one may still commit

    await slow.end('COMMIT');
    expect(await reader.poll()).toEqual(['0', 'late', '0', '1']);
    expect(reader.seen[1].position).toBeLessThan(reader.seen[2].position);
  });

  it('race 2: a transaction that rolls back leaves a gap the reader steps over', async () => {
    const reader = tailingReader(store);
    const aborted = await openTransaction(schema.connectionString);
    await aborted.append(streamName('aborted'));
    await store.appendToStream(streamName(), events(2), { expectedRevision: 'no_stream' });
    expect(await reader.poll()).toEqual([]);
    await aborted.end('ROLLBACK');
    expect(await reader.poll()).toEqual(['0', '1']);
  });

  it('race 3: a transaction that started first but took a later position is read before the one that passed it', async () => {
    const reader = tailingReader(store);
    const early = await openTransaction(schema.connectionString);
    await early.takeTransactionId();
    const passing = streamName('passing');
    await store.appendToStream(passing, [event()], { expectedRevision: 'no_stream' });
    await early.append(streamName('early'));
    expect(await reader.poll()).toEqual([]);
    await early.end('COMMIT');
    expect(await reader.poll()).toEqual(['late', '0']);
    // The commit order puts a higher position first: positions are tokens, not a sort key.
    expect(reader.seen[0].position).toBeGreaterThan(reader.seen[1].position);
    expect((await readAllPaged(store, 1)).map((e) => e.id)).toEqual(reader.seen.map((e) => e.id));
  });

  it('race 4: a subscription waiting on a held transaction resumes without loss once it commits', async () => {
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ fromPosition: 'start', handler: (e) => void delivered.push(e) });
    const slow = await openTransaction(schema.connectionString);
    await slow.append(streamName('slow'));
    await store.appendToStream(streamName(), events(3), { expectedRevision: 'no_stream' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(delivered).toHaveLength(0);
    await slow.end('COMMIT');
    const deadline = Date.now() + 5000;
    while (delivered.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await subscription.stop();
    expect(delivered.map((e) => e.type)).toEqual(['Late', 'Happened', 'Happened', 'Happened']);
  });

  it('refuses to resume from a position that no event holds', async () => {
    await store.appendToStream(streamName(), [event()], { expectedRevision: 'no_stream' });
    await expect(store.readAll({ fromPosition: 999_999n })).rejects.toBeInstanceOf(UnknownPositionError);
  });
});
