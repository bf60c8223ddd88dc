import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema } from '../postgres/postgres-test-database';
import { PersonalDataKeyStore } from './personal-data-key-store';
import { PostgresKeyStore } from './postgres-key-store';
import { SqliteKeyStore } from './sqlite-key-store';

type Opened = { keys: PersonalDataKeyStore; dispose(): Promise<void> };

const open: Record<'sqlite' | 'postgres', () => Promise<Opened>> = {
  sqlite: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ml-keys-by-id-'));
    const keys = new SqliteKeyStore(join(dir, 'events.db'));
    return { keys, dispose: async () => (await keys.close(), rmSync(dir, { recursive: true, force: true })) };
  },
  postgres: async () => {
    const schema = await createTestSchema();
    const keys = await PostgresKeyStore.connect(schema.connectionString);
    return { keys, dispose: async () => (await keys.close(), await schema.drop()) };
  },
};

describe.each(['sqlite', 'postgres'] as const)('keys read by id on %s', (kind) => {
  let opened: Opened;
  beforeEach(async () => (opened = await open[kind]()));
  afterEach(() => opened.dispose());

  it('answers the keys still held, and nothing for an id that is no key (malformed, unknown, other case)', async () => {
    const olga = await opened.keys.keyFor('olga');
    const ivan = await opened.keys.keyFor('ivan');
    await opened.keys.erase('ivan');
    const found = await opened.keys.keysById([olga.keyId, ivan.keyId, 'not-a-uuid', '', olga.keyId.toUpperCase(), '00000000-0000-4000-8000-000000000000']);
    expect([...found.keys()]).toEqual([olga.keyId]);
    expect(found.get(olga.keyId)).toEqual(olga.key);
  });

  it('answers an empty map for ids that are all malformed, without failing the read', async () => {
    expect((await opened.keys.keysById(['not-a-uuid', "x' OR '1'='1"])).size).toBe(0);
  });
});
