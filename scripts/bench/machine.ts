import { cpus, release, totalmem, type } from 'node:os';
import Database from 'better-sqlite3';
import { Client } from 'pg';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  postgresDurability: string;
  sqlite: string;
}

export async function describeMachine(databaseUrl: string): Promise<MachineInfo> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const setting = async (name: string) => (await client.query(`SHOW ${name}`)).rows[0][name] as string;
    const memory = new Database(':memory:');
    const sqlite = memory.prepare('SELECT sqlite_version()').pluck().get() as string;
    memory.close();
    return {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${type()} ${release()}`,
      node: process.version,
      postgres: await setting('server_version'),
      postgresDurability: `fsync=${await setting('fsync')}, synchronous_commit=${await setting('synchronous_commit')}, wal_sync_method=${await setting('wal_sync_method')}`,
      sqlite: `${sqlite} (better-sqlite3)`,
    };
  } finally {
    await client.end();
  }
}
