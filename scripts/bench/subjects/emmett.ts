import { EventStore, STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch as readPostgresBatch } from '@event-driven-io/emmett-postgresql';
import {
  getSQLiteEventStore,
  readMessagesBatch as readSqliteBatch,
  sqliteConnection,
} from '@event-driven-io/emmett-sqlite';
import { BenchEvent, BenchSubject, OpenedSubject } from '../bench-subject';
import { freshPostgresDatabase, freshSqliteFile } from '../fresh-database';

/**
 * Emmett's stores with their defaults: the SQLite one opens a `sqlite3` connection per
 * operation (WAL; synchronous left at the driver's default, observed in `describe`), the
 * PostgreSQL one uses its dumbo pool. The global log is read with Emmett's own batch
 * reader, the one its consumers poll. Emmett stream versions count events (1 after the
 * first), which is exactly what the bench tracks.
 */
export function emmettSqlite(): BenchSubject {
  let observed: Record<string, string> = {};
  return {
    name: 'emmett-sqlite',
    engine: 'sqlite',
    kind: 'emmett',
    open: async () => {
      const file = freshSqliteFile('ml-bench-emmett');
      const store = getSQLiteEventStore({ fileName: file.location });
      await store.schema.migrate();
      const reader = sqliteConnection({ fileName: file.location });
      observed = await sqlitePragmas(reader);
      return {
        append: appendThrough(store),
        readPage: async (cursor, pageSize) =>
          pageAfter(cursor, await readSqliteBatch(reader, { after: cursor ?? 0n, batchSize: pageSize })),
        close: async () => {
          reader.close();
          await file.drop();
        },
      };
    },
    describe: async () => ({ driver: 'sqlite3 (connection per operation)', ...observed }),
  };
}

export function emmettPostgres(adminUrl: string): BenchSubject {
  return {
    name: 'emmett-postgres',
    engine: 'postgres',
    kind: 'emmett',
    open: async (): Promise<OpenedSubject> => {
      const database = await freshPostgresDatabase(adminUrl, 'ml_bench_emmett');
      const store = getPostgreSQLEventStore(database.location);
      await store.schema.migrate();
      const reader = dumbo({ connectionString: database.location });
      return {
        append: appendThrough(store),
        readPage: async (cursor, pageSize) =>
          pageAfter(cursor, await readPostgresBatch(reader.execute, { after: cursor ?? 0n, batchSize: pageSize })),
        close: async () => {
          await reader.close();
          await store.close();
          await database.drop();
        },
      };
    },
    describe: async () => ({ driver: 'pg via dumbo pool', append: 'emt_append_to_stream in a transaction' }),
  };
}

/** Appends with the event count the writer knows of as the expected version, and returns the new count. */
function appendThrough(store: Pick<EventStore, 'appendToStream'>): OpenedSubject['append'] {
  return (streamId, events, eventsInStream) =>
    store
      .appendToStream(streamId, events.map(toEmmett), {
        expectedStreamVersion: eventsInStream === 0 ? STREAM_DOES_NOT_EXIST : BigInt(eventsInStream),
      })
      .then((r) => Number(r.nextExpectedStreamVersion));
}

/** A batch of Emmett's reader as the bench counts it; an empty batch leaves the cursor where it was. */
function pageAfter(cursor: bigint | null, batch: { messages: unknown[]; currentGlobalPosition: bigint }) {
  return { count: batch.messages.length, cursor: batch.messages.length > 0 ? batch.currentGlobalPosition : cursor };
}

function toEmmett(event: BenchEvent) {
  return { type: event.type, data: event.data, metadata: event.metadata };
}

async function sqlitePragmas(connection: ReturnType<typeof sqliteConnection>): Promise<Record<string, string>> {
  const [journal] = await connection.query<{ journal_mode: string }>('PRAGMA journal_mode');
  const [sync] = await connection.query<{ synchronous: number }>('PRAGMA synchronous');
  const names = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
  return { journal_mode: journal.journal_mode, synchronous: `${names[sync.synchronous]} (driver default)` };
}
