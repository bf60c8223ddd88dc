import type { Clock } from '@app/kernel';
import { EventStore } from './event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export type EventStoreConfig =
  /** `clock` stamps `recordedAt` (the ledger's clock); PostgreSQL and KurrentDB stamp it with their server's. */
  | { kind: 'sqlite'; path: string; clock?: Clock }
  | { kind: 'postgres'; connectionString: string }
  | { kind: 'kurrentdb'; connectionString: string };

/** Opens the configured adapter, migrating its schema first where it has one. */
export async function createEventStore(config: EventStoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteEventStore(config.path, config.clock);
    case 'postgres':
      return PostgresEventStore.connect(config.connectionString);
    case 'kurrentdb': {
      // Loaded on demand: the gRPC client is heavy and most deployments never use it.
      const { createKurrentDbEventStore } = await import('./kurrentdb');
      return createKurrentDbEventStore(config.connectionString);
    }
  }
}
