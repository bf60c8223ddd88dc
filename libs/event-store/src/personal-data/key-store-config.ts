import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { EventStoreConfig } from '../create-event-store';
import { PersonalDataKeyStore } from './personal-data-key-store';
import { PostgresKeyStore } from './postgres-key-store';
import { SqliteKeyStore } from './sqlite-key-store';

export type KeyStoreConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; connectionString: string };

interface Settings {
  get<T = string>(name: string): T | undefined;
}

const DEFAULT_READ_MODEL_SQLITE_PATH = './data/read-models.db';

/**
 * Keys live in the events' own database. KurrentDB holds no tables, so with it they go where
 * the read models go: READ_MODEL_DATABASE_URL (PostgreSQL) when set, else READ_MODEL_SQLITE_PATH.
 */
export function keyStoreConfigFor(events: EventStoreConfig, settings: Settings): KeyStoreConfig {
  if (events.kind !== 'kurrentdb') return events;
  const url = settings.get<string>('READ_MODEL_DATABASE_URL');
  if (url) return { kind: 'postgres', connectionString: url };
  const path = settings.get<string>('READ_MODEL_SQLITE_PATH') ?? DEFAULT_READ_MODEL_SQLITE_PATH;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return { kind: 'sqlite', path };
}

export function createKeyStore(config: KeyStoreConfig): Promise<PersonalDataKeyStore> {
  return config.kind === 'sqlite' ? Promise.resolve(new SqliteKeyStore(config.path)) : PostgresKeyStore.connect(config.connectionString);
}
