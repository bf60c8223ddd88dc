import { Pool } from 'pg';
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
import { checkExpectedRevision } from '../shared/expected-revision';
import { StoredIdentity, resultOfRetry } from '../shared/idempotent-retry';
import { pollingSubscription } from '../shared/polling-subscription';
import { PreparedEvent, prepareEvents } from '../shared/prepare-events';
import { readAllInCommitOrder } from './postgres-global-log';
import { EventRow, toRecorded } from './postgres-rows';
import { migratePostgres } from './postgres-migrations';

const UNIQUE_VIOLATION = '23505';
const MAX_READ = 1_000_000;

export class PostgresEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new LiveSubscriptions();

  private constructor(private readonly pool: Pool) {}

  static async connect(connectionString: string): Promise<PostgresEventStore> {
    const pool = new Pool({ connectionString, max: 16 });
    await migratePostgres(pool);
    return new PostgresEventStore(pool);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: AppendOptions,
  ): Promise<AppendResult> {
    const batch = prepareEvents(streamId, events);
    try {
      return await this.tryAppend(streamId, batch, expectedRevision);
    } catch (error) {
      // A concurrent attempt with the same ids committed first: settle it as a retry.
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      return this.settleSeen(streamId, batch, expectedRevision);
    }
  }

  private async tryAppend(
    streamId: string,
    batch: PreparedEvent[],
    expected: AppendOptions['expectedRevision'],
  ): Promise<AppendResult> {
    const { rows } = await this.pool.query<{ outcome: string; last_revision: string | null; last_position: string | null }>(
      'SELECT * FROM ml_append($1, $2, $3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[])',
      [
        streamId,
        String(expected),
        batch.map((e) => e.id),
        batch.map((e) => e.type),
        batch.map((e) => e.schemaVersion),
        batch.map((e) => e.data),
        batch.map((e) => e.metadata),
      ],
    );
    const [row] = rows;
    if (row.outcome === 'seen') return this.settleSeen(streamId, batch, expected);
    if (row.outcome === 'conflict') {
      checkExpectedRevision(streamId, expected, row.last_revision === null ? 'no_stream' : BigInt(row.last_revision));
      throw new Error(`ml_append reported a conflict on ${streamId} that the revision check does not see`);
    }
    this.signal.notify();
    return { nextExpectedRevision: BigInt(row.last_revision!), position: BigInt(row.last_position!) };
  }

  private async settleSeen(
    streamId: string,
    batch: PreparedEvent[],
    expected: AppendOptions['expectedRevision'],
  ): Promise<AppendResult> {
    const [seen, actual] = await Promise.all([
      this.pool.query<{ id: string; stream_id: string; revision: string; position: string }>(
        'SELECT event_id AS id, stream_id, revision, position FROM ml_events WHERE event_id = ANY ($1::uuid[])',
        [batch.map((e) => e.id)],
      ),
      this.pool.query<{ revision: string }>('SELECT revision FROM ml_streams WHERE stream_id = $1', [streamId]),
    ]);
    const identities: StoredIdentity[] = seen.rows.map((row) => ({
      id: row.id,
      streamId: row.stream_id,
      revision: BigInt(row.revision),
      position: BigInt(row.position),
    }));
    const current = actual.rows[0] ? BigInt(actual.rows[0].revision) : 'no_stream';
    return resultOfRetry(streamId, batch, expected, identities, current);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const { rows } = await this.pool.query<EventRow>(
      `SELECT position, event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at
       FROM ml_events WHERE stream_id = $1 AND revision ${backwards ? '<=' : '>='} $2
       ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamId, String(options.fromRevision ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n)), options.maxCount ?? MAX_READ],
    );
    return rows.map(toRecorded);
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromPosition;
    return readAllInCommitOrder(this.pool, {
      from: from === undefined || from <= 0n ? 'start' : { position: from, inclusive: true },
      maxCount: options.maxCount ?? MAX_READ,
    });
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = pollingSubscription(
      {
        readAfter: (checkpoint, maxCount) =>
          readAllInCommitOrder(this.pool, {
            from: checkpoint === 'start' ? 'start' : { position: checkpoint, inclusive: false },
            maxCount,
          }),
        waitForAppend: (ms) => this.signal.wait(ms),
      },
      options,
    );
    return this.subscriptions.track(subscription);
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    await this.pool.end();
  }
}
