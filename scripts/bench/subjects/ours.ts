import { EventStore, EventStoreConfig, createEventStore } from '@app/event-store';
import { BenchEvent, BenchSubject, OpenedSubject } from '../bench-subject';
import { FreshDatabase, freshPostgresDatabase, freshSqliteFile } from '../fresh-database';

/** Our adapters, through the port only, exactly as the application uses them. */
export function oursSqlite(): BenchSubject {
  return {
    name: 'ours-sqlite',
    engine: 'sqlite',
    kind: 'ours',
    open: () => openOurs(freshSqliteFile('ml-bench-ours'), (path) => ({ kind: 'sqlite', path })),
    describe: async () => ({ driver: 'better-sqlite3', journal_mode: 'wal', synchronous: 'FULL (set by the adapter)' }),
  };
}

export function oursPostgres(adminUrl: string): BenchSubject {
  return {
    name: 'ours-postgres',
    engine: 'postgres',
    kind: 'ours',
    open: async () =>
      openOurs(await freshPostgresDatabase(adminUrl, 'ml_bench_ours'), (connectionString) => ({
        kind: 'postgres',
        connectionString,
      })),
    describe: async () => ({ driver: 'pg Pool (max 16)', append: 'SELECT ml_append(...) in autocommit' }),
  };
}

async function openOurs(
  database: FreshDatabase,
  config: (location: string) => EventStoreConfig,
): Promise<OpenedSubject> {
  const store = await createEventStore(config(database.location));
  return {
    append: async (streamId, events, eventsInStream) => {
      const result = await store.appendToStream(streamId, events.map(toAppend), {
        expectedRevision: eventsInStream === 0 ? 'no_stream' : BigInt(eventsInStream - 1),
      });
      return Number(result.nextExpectedRevision) + 1;
    },
    readPage: (cursor, pageSize) => readPage(store, cursor, pageSize),
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

function toAppend(event: BenchEvent) {
  return { id: event.id, type: event.type, data: event.data, metadata: event.metadata };
}

/**
 * The port's `fromPosition` is inclusive (as in KurrentDB) and positions are opaque, so a
 * reader resumes at the last position it saw and drops that event: position + 1 may not
 * exist (PostgreSQL sequence gaps), and the PostgreSQL adapter refuses unknown positions.
 */
async function readPage(store: EventStore, cursor: bigint | null, pageSize: number) {
  const events =
    cursor === null
      ? await store.readAll({ maxCount: pageSize })
      : (await store.readAll({ fromPosition: cursor, maxCount: pageSize + 1 })).slice(1);
  return { count: events.length, cursor: events.length > 0 ? events[events.length - 1].position : cursor };
}
