import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ReactionStore } from './reaction-store';
import { SqliteReactionStore } from './sqlite-reaction-store';
import { PostgresReactionStore } from './postgres-reaction-store';

/** What reads settings: Nest's ConfigService, or process.env in a script. */
export interface Settings {
  get<T = string>(name: string): T | undefined;
}

const DEFAULT_SQLITE_PATH = './data/mobility-ledger.db';

/**
 * The reactions' tables live where the read models live (the events' SQLite file or
 * PostgreSQL database; READ_MODEL_* beside KurrentDB), and a throw-away ledger
 * (SQLITE_PATH=:memory:) gets a throw-away database of its own.
 */
export async function openReactionStore(settings: Settings): Promise<ReactionStore> {
  const kind = settings.get('EVENT_STORE') ?? 'sqlite';
  if (kind === 'postgres') return PostgresReactionStore.connect(settings.get('DATABASE_URL')!);
  if (kind === 'kurrentdb' && settings.get('READ_MODEL_DATABASE_URL')) return PostgresReactionStore.connect(settings.get('READ_MODEL_DATABASE_URL')!);
  const path = kind === 'kurrentdb' ? (settings.get('READ_MODEL_SQLITE_PATH') ?? './data/read-models.db') : (settings.get('SQLITE_PATH') ?? DEFAULT_SQLITE_PATH);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return new SqliteReactionStore(path);
}

/**
 * Where .eml files go when no SMTP server is configured: DATA_DIR/outbox, DATA_DIR being the
 * folder of the embedded SQLite file by default (./data). A throw-away ledger (SQLite in memory),
 * or one on a database server without DATA_DIR, writes to a temporary folder, which the admin
 * page names: a deployment that sends mail sets SMTP_URL.
 */
export function outboxFolder(settings: Settings): string {
  const dataDir = settings.get('DATA_DIR');
  if (dataDir) return join(dataDir, 'outbox');
  const path = settings.get('SQLITE_PATH') ?? DEFAULT_SQLITE_PATH;
  if ((settings.get('EVENT_STORE') ?? 'sqlite') !== 'sqlite' || path === ':memory:') return join(mkdtempSync(join(tmpdir(), 'mobility-ledger-')), 'outbox');
  return join(dirname(path), 'outbox');
}
