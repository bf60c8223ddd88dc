import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigService } from '@nestjs/config';
import { EventStoreConfig } from '../create-event-store';

const DEFAULT_SQLITE_PATH = './data/mobility-ledger.db';

/** Reads EVENT_STORE, SQLITE_PATH, DATABASE_URL and KURRENTDB_URL; SQLite is the default. */
export function eventStoreConfigFrom(settings: ConfigService): EventStoreConfig {
  const kind = settings.get<string>('EVENT_STORE', 'sqlite');
  switch (kind) {
    case 'sqlite': {
      const path = settings.get<string>('SQLITE_PATH', DEFAULT_SQLITE_PATH);
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      return { kind, path };
    }
    case 'postgres':
      return { kind, connectionString: required(settings, 'DATABASE_URL') };
    case 'kurrentdb':
      return { kind, connectionString: required(settings, 'KURRENTDB_URL') };
    default:
      throw new Error(`EVENT_STORE must be sqlite, postgres or kurrentdb, not ${kind}`);
  }
}

function required(settings: ConfigService, name: string): string {
  const value = settings.get<string>(name);
  if (!value) throw new Error(`${name} is required for EVENT_STORE=${settings.get('EVENT_STORE')}`);
  return value;
}
