import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface FreshDatabase {
  /** A file path (SQLite) or a connection string (PostgreSQL). */
  location: string;
  drop(): Promise<void>;
}

/** A new SQLite file in a temp folder of its own, removed with its WAL on drop. */
export function freshSqliteFile(prefix: string): FreshDatabase {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    location: join(folder, 'events.db'),
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/**
 * A new PostgreSQL database, so that every subject starts on empty tables, a cold
 * cache of its own relations, and Emmett can create its schema as it does in production.
 */
export async function freshPostgresDatabase(adminUrl: string, prefix: string): Promise<FreshDatabase> {
  const name = `${prefix}_${randomUUID().slice(0, 8)}`.replace(/[^a-z0-9_]/g, '_');
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function withAdmin(adminUrl: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
