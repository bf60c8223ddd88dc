import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createHash } from 'node:crypto';
import { handleCommand } from '../command-handling';
import { createEventStore } from '../create-event-store';
import { EventStore, RecordedEvent } from '../event-store';
import { createTestSchema } from '../postgres/postgres-test-database';
import { KeyStoreConfig, createKeyStore } from './key-store-config';
import { openProtectedEventStore } from './open-event-store';
import { PersonalDataPolicy } from './personal-data-policy';
import { PersonalDataProtection, storedEvent } from './personal-data-protection';
import { personalDataOf, withPersonalData } from './protected-event-store';

/** A hash chain in the shape of the domain's: each hash covers the data as stored and the hash before. */
const sorted = (value: unknown): unknown =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, child]) => [key, sorted(child)]))
    : value;
// Keys sorted, as the domain's canonical JSON does: JSONB does not keep their order.
const linkHash = (previousHash: string, data: unknown) => createHash('sha256').update(previousHash).update(JSON.stringify(sorted(data))).digest('hex');
const chainHolds = (events: readonly RecordedEvent[]) =>
  events.every((event, index) => {
    const previousHash = index === 0 ? '' : (events[index - 1].metadata.hash as string);
    return event.metadata.previousHash === previousHash && event.metadata.hash === linkHash(previousHash, event.data);
  });

type Registered = { type: 'Registered'; data: { studentId: string; name: string; email: string } };
const policy: PersonalDataPolicy = ({ data }) => {
  const { studentId } = data as Registered['data'];
  return ['name', 'email'].map((field) => ({ subjectId: studentId, path: [field], erased: '[erased]' }));
};
const register = (store: EventStore, studentId: string) =>
  handleCommand<string, string[], Registered>({
    store,
    streamId: `student-${studentId}`,
    decider: {
      initialState: () => [],
      evolve: (names, event) => [...names, event.data.name],
      decide: (name) => [{ type: 'Registered', data: { studentId, name, email: `${studentId}@example.org` } }],
    },
    command: `Name of ${studentId}`,
    // The audit stamp, as the apps chain it: over the event as it will be stored.
    stamp: (events, { previous }) => {
      let previousHash = (previous?.metadata.hash as string) ?? '';
      return events.map((event) => {
        const metadata = { previousHash, hash: linkHash(previousHash, event.data) };
        previousHash = metadata.hash;
        return { type: event.type, data: event.data, metadata };
      });
    },
  });

interface TestDatabase {
  keys: KeyStoreConfig;
  /** Every stored event's data and the key rows, read behind the store's back. */
  rawEvents(): Promise<string>;
  keyRows(): Promise<Array<{ subject_id: string }>>;
  drop(): Promise<void>;
}

async function sqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'ml-keys-'));
  const path = join(dir, 'events.db');
  const read = <T>(sql: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  return {
    keys: { kind: 'sqlite', path },
    rawEvents: async () => read<{ data: string }>('SELECT data FROM events').map((r) => r.data).join('\n'),
    keyRows: async () => read<{ subject_id: string }>('SELECT subject_id FROM personal_data_keys ORDER BY subject_id'),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgres(): Promise<TestDatabase> {
  const schema = await createTestSchema();
  const read = async <T>(sql: string) => {
    const client = new Client({ connectionString: schema.connectionString });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    keys: { kind: 'postgres', connectionString: schema.connectionString },
    rawEvents: async () => (await read<{ data: string }>('SELECT data::text AS data FROM ml_events')).map((r) => r.data).join('\n'),
    keyRows: () => read<{ subject_id: string }>('SELECT subject_id FROM personal_data_keys ORDER BY subject_id'),
    drop: schema.drop,
  };
}

describe.each([
  ['sqlite', sqlite],
  ['postgres', postgres],
] as const)('crypto-shredding on %s: keys beside the events, erasure by deleting one', (_, open) => {
  let database: TestDatabase;
  let store: EventStore;

  beforeEach(async () => {
    database = await open();
    const events = database.keys.kind === 'sqlite' ? ({ kind: 'sqlite', path: database.keys.path } as const) : database.keys;
    store = await openProtectedEventStore({ events, keys: database.keys, personalData: policy });
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('stores sealed fields under one key per student, and folds them as plaintext', async () => {
    await register(store, 'ivan');
    await register(store, 'ivan');
    await register(store, 'olga');
    expect(await database.keyRows()).toEqual([{ subject_id: 'ivan' }, { subject_id: 'olga' }]);
    const raw = await database.rawEvents();
    expect(raw).toContain('$encrypted');
    expect(raw).not.toMatch(/Name of|@example\.org/);
    const [first] = await store.readStream('student-ivan');
    expect(first.data).toEqual({ studentId: 'ivan', name: 'Name of ivan', email: 'ivan@example.org' });
    const result = await register(store, 'ivan');
    expect(result.state).toEqual(['Name of ivan', 'Name of ivan', 'Name of ivan']);
  });

  it('deletes the key: the events still replay, as erased, and their chain still verifies', async () => {
    await register(store, 'ivan');
    await register(store, 'ivan');
    await register(store, 'olga');
    expect(await personalDataOf(store)!.erase('ivan')).toBe(true);
    expect(await personalDataOf(store)!.erase('ivan')).toBe(false);
    expect(await database.keyRows()).toEqual([{ subject_id: 'olga' }]);

    const ivan = await store.readStream('student-ivan');
    expect(ivan.map((e) => e.data)).toEqual([
      { studentId: 'ivan', name: '[erased]', email: '[erased]' },
      { studentId: 'ivan', name: '[erased]', email: '[erased]' },
    ]);
    expect(chainHolds(ivan.map(storedEvent))).toBe(true);
    expect(chainHolds(ivan)).toBe(false);
    expect((await store.readStream('student-olga'))[0].data).toMatchObject({ name: 'Name of olga' });
    const all = await store.readAll();
    expect(all.filter((e) => e.streamId === 'student-ivan').every((e) => (e.data as Registered['data']).name === '[erased]')).toBe(true);
  });

  it('opens events delivered by a live subscription too', async () => {
    await register(store, 'ivan');
    const seen: unknown[] = [];
    const subscription = store.subscribeToAll({ fromPosition: 'start', handler: (event) => void seen.push(event.data) });
    await register(store, 'olga');
    while (seen.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    await subscription.stop();
    expect(seen).toEqual([
      { studentId: 'ivan', name: 'Name of ivan', email: 'ivan@example.org' },
      { studentId: 'olga', name: 'Name of olga', email: 'olga@example.org' },
    ]);
  });

  it('lets a second process on the same database read what the first sealed', async () => {
    await register(store, 'ivan');
    const events = database.keys.kind === 'sqlite' ? ({ kind: 'sqlite', path: database.keys.path } as const) : database.keys;
    const other = withPersonalData(await createEventStore(events), new PersonalDataProtection(policy, await createKeyStore(database.keys)));
    try {
      expect((await other.readStream('student-ivan'))[0].data).toMatchObject({ name: 'Name of ivan' });
    } finally {
      await other.close();
    }
  });
});
