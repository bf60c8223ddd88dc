import type Database from 'better-sqlite3';
import { Clock, systemClock } from '@app/kernel';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from '../event-store';
import { AppendSignal } from '../shared/append-signal';
import { LiveSubscriptions } from '../shared/live-subscriptions';
import { ActualRevision, checkExpectedRevision, firstRevisionAfter } from '../shared/expected-revision';
import { StoredIdentity, resultOfRetry } from '../shared/idempotent-retry';
import { pollingSubscription } from '../shared/polling-subscription';
import { prepareEvents } from '../shared/prepare-events';
import { openSqlite } from './open-sqlite';
import { migrateSqlite } from './sqlite-migrations';

interface EventRow {
  position: number | bigint;
  event_id: string;
  stream_id: string;
  revision: number | bigint;
  type: string;
  schema_version: number | bigint;
  data: string;
  metadata: string;
  recorded_at: string;
}

const COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at';
const MAX_READ = 1_000_000;

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    schemaVersion: Number(row.schema_version),
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    recordedAt: new Date(row.recorded_at),
  };
}

/**
 * The embedded default. SQLite has one writer at a time, so positions are handed out in
 * commit order and a reader of the global log cannot overtake a late commit.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new LiveSubscriptions();
  private readonly statements;

  constructor(path: string, private readonly clock: Clock = systemClock) {
    this.db = openSqlite(path);
    this.db.defaultSafeIntegers(true);
    migrateSqlite(this.db);
    this.statements = {
      lastRevision: this.db.prepare('SELECT MAX(revision) FROM events WHERE stream_id = ?').pluck(),
      insert: this.db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      identities: this.db.prepare(
        `SELECT event_id AS id, stream_id AS streamId, revision, position FROM events
         WHERE event_id IN (SELECT value FROM json_each(?))`,
      ),
      readForwards: this.db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      ),
      readBackwards: this.db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
      readAll: this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE position >= ? ORDER BY position LIMIT ?`),
    };
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: AppendOptions,
  ): Promise<AppendResult> {
    const batch = prepareEvents(streamId, events);
    const append = this.db.transaction((): AppendResult => {
      const last = this.statements.lastRevision.get(streamId) as bigint | null;
      const actual: ActualRevision = last === null ? 'no_stream' : BigInt(last);
      const seen = this.statements.identities.all(JSON.stringify(batch.map((e) => e.id))) as StoredIdentity[];
      if (seen.length > 0) {
        return resultOfRetry(streamId, batch, expectedRevision, seen.map(normaliseIdentity), actual);
      }
      checkExpectedRevision(streamId, expectedRevision, actual);
      const recordedAt = this.clock.now().toISOString();
      let revision = firstRevisionAfter(actual);
      let position = 0n;
      for (const event of batch) {
        const info = this.statements.insert.run(
          event.id, streamId, revision, event.type, event.schemaVersion, event.data, event.metadata, recordedAt,
        );
        position = BigInt(info.lastInsertRowid);
        revision += 1n;
      }
      return { nextExpectedRevision: revision - 1n, position };
    });
    const result = append.immediate();
    this.signal.notify();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? MAX_READ;
    const rows =
      options.direction === 'backwards'
        ? this.statements.readBackwards.all(streamId, options.fromRevision ?? BigInt(Number.MAX_SAFE_INTEGER), maxCount)
        : this.statements.readForwards.all(streamId, options.fromRevision ?? 0n, maxCount);
    return (rows as EventRow[]).map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readAll.all(options.fromPosition ?? 0n, options.maxCount ?? MAX_READ);
    return (rows as EventRow[]).map(toRecorded);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = pollingSubscription(
      {
        readAfter: (checkpoint, maxCount) =>
          this.readAll({ fromPosition: checkpoint === 'start' ? 0n : checkpoint + 1n, maxCount }),
        waitForAppend: (ms) => this.signal.wait(ms),
      },
      options,
    );
    return this.subscriptions.track(subscription);
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    this.db.close();
  }
}

function normaliseIdentity(row: StoredIdentity): StoredIdentity {
  return { ...row, revision: BigInt(row.revision), position: BigInt(row.position) };
}
