import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ProjectionStoreConfig } from './create-projection-store';

/** What reads settings: Nest's ConfigService, or process.env in a script. */
export interface Settings {
  get<T = string>(name: string): T | undefined;
}

const DEFAULT_SQLITE_PATH = './data/mobility-ledger.db';
const DEFAULT_READ_MODEL_SQLITE_PATH = './data/read-models.db';

/**
 * Read models live where the events live: the same SQLite file (SQLITE_PATH) or the same
 * PostgreSQL database (DATABASE_URL). KurrentDB holds no tables, so with EVENT_STORE=kurrentdb
 * they go to READ_MODEL_DATABASE_URL (PostgreSQL) when set, else to READ_MODEL_SQLITE_PATH.
 * With SQLITE_PATH=:memory: they get a throw-away database of their own.
 */
export function projectionStoreConfigFrom(settings: Settings): ProjectionStoreConfig {
  const kind = settings.get('EVENT_STORE') ?? 'sqlite';
  if (kind === 'postgres') return { kind, connectionString: required(settings, 'DATABASE_URL') };
  if (kind === 'kurrentdb') {
    const url = settings.get('READ_MODEL_DATABASE_URL');
    if (url) return { kind: 'postgres', connectionString: url };
    return sqliteAt(settings.get('READ_MODEL_SQLITE_PATH') ?? DEFAULT_READ_MODEL_SQLITE_PATH);
  }
  return sqliteAt(settings.get('SQLITE_PATH') ?? DEFAULT_SQLITE_PATH);
}

function sqliteAt(path: string): ProjectionStoreConfig {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return { kind: 'sqlite', path };
}

function required(settings: Settings, name: string): string {
  const value = settings.get(name);
  if (!value) throw new Error(`${name} is required for EVENT_STORE=${settings.get('EVENT_STORE')}`);
  return value;
}

/** process.env as Settings, for the command-line scripts. */
export const environmentSettings: Settings = { get: <T>(name: string) => process.env[name] as T | undefined };
