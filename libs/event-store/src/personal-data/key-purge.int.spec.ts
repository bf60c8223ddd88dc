import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { TEST_DATABASE_URL, createTestSchema } from '../postgres/postgres-test-database';
import { PersonalDataKeyStore } from './personal-data-key-store';
import { PersonalDataProtection } from './personal-data-protection';
import { PostgresKeyStore } from './postgres-key-store';
import { SqliteKeyStore } from './sqlite-key-store';

const noFields = () => [];

describe('erasing a key removes its bytes from the SQLite files', () => {
  let dir: string;
  let path: string;
  let keys: SqliteKeyStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ml-key-purge-'));
    path = join(dir, 'events.db');
    keys = new SqliteKeyStore(path);
  });
  afterEach(async () => {
    await keys.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const files = () => Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));

  it('zeroes the key in the database file and truncates the WAL, also on a retry', async () => {
    await keys.keyFor('olga');
    const { key } = await keys.keyFor('ivan');
    expect(files().includes(key)).toBe(true);
    expect(await keys.erase('ivan')).toBe(true);
    expect(statSync(`${path}-wal`).size).toBe(0);
    expect(files().includes(key)).toBe(false);
    expect(await keys.keyOf('ivan')).toBeUndefined();
    expect(await keys.keyOf('olga')).toBeDefined();
    expect(await keys.erase('ivan')).toBe(false);
  });

  it('fails the erasure while a reader pins the WAL, and its retry finishes the purge', async () => {
    const { key } = await keys.keyFor('ivan');
    const reader = new Database(path, { readonly: true, timeout: 0 });
    reader.pragma('busy_timeout = 0');
    const open = reader.prepare('SELECT data_key FROM personal_data_keys').iterate();
    open.next();
    // Not ten seconds: this reader will not let go while the erasure waits.
    (keys as unknown as { db: Database.Database }).db.pragma('busy_timeout = 50');
    await expect(keys.erase('ivan')).rejects.toThrow(/erase again/);
    open.return?.();
    reader.close();
    expect(await keys.erase('ivan')).toBe(false);
    expect(files().includes(key)).toBe(false);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
  });
});

describe('erasing a key removes its bytes from the PostgreSQL table files', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let name: string;
  let keys: PersonalDataKeyStore;
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('CREATE EXTENSION IF NOT EXISTS pageinspect WITH SCHEMA public').catch((error: { code?: string }) => {
      if (error.code !== '23505' && error.code !== '42710') throw error;
    });
  });
  afterAll(() => admin.end());
  beforeEach(async () => {
    schema = await createTestSchema();
    name = /search_path=(\w+)/.exec(decodeURIComponent(schema.connectionString))![1];
    keys = await PostgresKeyStore.connect(schema.connectionString);
  });
  afterEach(async () => {
    await keys.close();
    await schema.drop();
  });

  /** Every page of the key table as it is, dead rows and free space included. */
  const pages = async (): Promise<Buffer> => {
    const { rows } = await admin.query<{ page: Buffer }>(
      `SELECT public.get_raw_page('${name}.personal_data_keys', b) AS page
         FROM generate_series(0, (pg_relation_size('${name}.personal_data_keys') / current_setting('block_size')::int)::int - 1) AS b`,
    );
    return Buffer.concat(rows.map((row) => row.page));
  };

  it('rewrites the table: a plain VACUUM would leave the last row written in the page’s free space', async () => {
    await keys.keyFor('olga');
    const { key } = await keys.keyFor('ivan');
    expect((await pages()).includes(key)).toBe(true);
    expect(await keys.erase('ivan')).toBe(true);
    expect((await pages()).includes(key)).toBe(false);
    expect(await keys.keyOf('ivan')).toBeUndefined();
    expect(await keys.keyOf('olga')).toBeDefined();
    expect(await keys.erase('ivan')).toBe(false);
  });

  it('waits for a transaction that still sees the key before it rewrites the table', async () => {
    await keys.keyFor('olga');
    const { key } = await keys.keyFor('ivan');
    const reader = new Client({ connectionString: schema.connectionString });
    await reader.connect();
    try {
      await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await reader.query('SELECT count(*) FROM personal_data_keys');
      let erased = false;
      const erasing = keys.erase('ivan').then(() => (erased = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(erased).toBe(false);
      // The older snapshot still reads the key: a VACUUM FULL now would have copied it along.
      expect((await reader.query('SELECT count(*)::int AS n FROM personal_data_keys')).rows[0].n).toBe(2);
      await reader.query('COMMIT');
      await erasing;
    } finally {
      await reader.end();
    }
    expect((await pages()).includes(key)).toBe(false);
  });
});

describe('the content-hash key', () => {
  let dir: string;
  let protection: PersonalDataProtection;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ml-hash-key-'));
    protection = new PersonalDataProtection(noFields, new SqliteKeyStore(join(dir, 'events.db')));
  });
  afterEach(async () => {
    await protection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is derived from the data key, one per student, and gone with it; a check never creates one', async () => {
    expect(await protection.contentHashKey('ivan', { create: false })).toBeUndefined();
    expect(await protection.keys.keyOf('ivan')).toBeUndefined();
    const key = await protection.contentHashKey('ivan');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await protection.contentHashKey('ivan', { create: false })).toBe(key);
    expect(await protection.contentHashKey('olga')).not.toBe(key);
    const dataKey = (await protection.keys.keyOf('ivan'))!.key.toString('hex');
    expect(key).not.toBe(dataKey);
    await protection.erase('ivan');
    expect(await protection.contentHashKey('ivan', { create: false })).toBeUndefined();
    expect(await protection.contentHashKey('ivan')).not.toBe(key);
  });
});
