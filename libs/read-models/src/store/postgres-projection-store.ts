import { Pool, PoolClient } from 'pg';
import { type RecordedEvent, storedEvent, withTransaction } from '@app/event-store';
import {
  DocumentProjection,
  Projection,
  Row,
  RowOperation,
  createTableSql,
  createIndexesSql,
  documentChange,
  documentKeysOf,
  documentTableDefinition,
  dropTableSql,
  operationSql,
  operationsOf,
  selectSql,
  storedDocumentOf,
  tableNamed,
  tablesOf,
  type Where,
} from '../projection';
import { eventsToApply } from './events-to-apply';
import { BatchOutcome, CHECKPOINTS_TABLE, DELIVERIES_TABLE, EventBatch, ProjectionStore } from './projection-store';

const PREPARE_LOCK = 741_852_964; // next to the event store's migration lock: serialises concurrent starts

/**
 * Read models in the event store's PostgreSQL database. The checkpoint row is locked
 * (`FOR UPDATE`) before the batch is checked against it, so two runners cannot both apply
 * the same batch, and it is written in the same transaction as the rows.
 */
export class PostgresProjectionStore implements ProjectionStore {
  private constructor(private readonly pool: Pool) {}

  static async connect(connectionString: string): Promise<PostgresProjectionStore> {
    const store = new PostgresProjectionStore(new Pool({ connectionString, max: 4 }));
    await store.inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PREPARE_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS ${CHECKPOINTS_TABLE} (
        projection TEXT PRIMARY KEY, version INTEGER NOT NULL, checkpoint TEXT, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${DELIVERIES_TABLE} (
        feed TEXT NOT NULL, stream_id TEXT NOT NULL, revision BIGINT NOT NULL, event_id TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (feed, stream_id, revision))`);
    });
    return store;
  }

  prepare(projection: Projection): Promise<boolean> {
    return this.inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PREPARE_LOCK]);
      const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${CHECKPOINTS_TABLE} WHERE projection = $1`, [
        projection.name,
      ]);
      // Indexes are ensured on every start: one added to a projection needs no rebuild.
      const ensureIndexes = async () => {
        for (const table of tablesOf(projection)) for (const sql of createIndexesSql(table)) await client.query(sql);
      };
      if (rows[0]?.version === projection.version) {
        await ensureIndexes();
        return false;
      }
      // A new version may have a new shape: rebuild from the start of the log.
      for (const table of tablesOf(projection)) await client.query(dropTableSql(table));
      for (const table of tablesOf(projection)) await client.query(createTableSql(table, 'postgres'));
      await ensureIndexes();
      await client.query(
        `INSERT INTO ${CHECKPOINTS_TABLE} (projection, version, checkpoint) VALUES ($1, $2, NULL)
         ON CONFLICT (projection) DO UPDATE SET version = excluded.version, checkpoint = NULL, updated_at = now()`,
        [projection.name, projection.version],
      );
      return true;
    });
  }

  async checkpointOf(projectionName: string): Promise<bigint | null> {
    return this.readCheckpoint(this.pool, projectionName, false);
  }

  applyBatch(projection: Projection, batch: EventBatch): Promise<BatchOutcome> {
    return this.inTransaction(async (client) => {
      const stored = await this.readCheckpoint(client, projection.name, true);
      const events = eventsToApply(stored, batch);
      if (events === 'stale') return { applied: 0, checkpoint: stored, stale: true };
      if (events.length === 0) return { applied: 0, checkpoint: stored, stale: false };
      for (const event of events) await this.writeRows(client, projection, event);
      const checkpoint = events[events.length - 1].position;
      await client.query(`UPDATE ${CHECKPOINTS_TABLE} SET checkpoint = $1, updated_at = now() WHERE projection = $2`, [
        String(checkpoint),
        projection.name,
      ]);
      return { applied: events.length, checkpoint, stale: false };
    });
  }

  applyDelivered(feed: string, projections: readonly Projection[], event: RecordedEvent): Promise<boolean> {
    return this.inTransaction(async (client) => {
      const { rowCount } = await client.query(
        `INSERT INTO ${DELIVERIES_TABLE} (feed, stream_id, revision, event_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [feed, event.streamId, event.revision.toString(), event.id],
      );
      if (rowCount !== 1) return false;
      for (const projection of projections) await this.writeRows(client, projection, event);
      return true;
    });
  }

  reset(projection: Projection): Promise<void> {
    return this.inTransaction(async (client) => {
      await this.readCheckpoint(client, projection.name, true);
      for (const table of tablesOf(projection)) await client.query(`DELETE FROM "${table.name}"`);
      await client.query(`UPDATE ${CHECKPOINTS_TABLE} SET checkpoint = NULL, updated_at = now() WHERE projection = $1`, [projection.name]);
    });
  }

  async select(projection: Projection, table: string, where: Where = {}, columns?: readonly string[]): Promise<Row[]> {
    const { sql, values } = selectSql(tableNamed(tablesOf(projection), table), where, 'postgres', columns);
    return (await this.pool.query(sql, values)).rows;
  }

  async countStoredEvents(): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ present: boolean }>(`SELECT to_regclass('ml_events') IS NOT NULL AS present`);
    if (!rows[0].present) return undefined;
    return Number((await this.pool.query<{ count: string }>('SELECT COUNT(*) AS count FROM ml_events')).rows[0].count);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async writeRows(client: PoolClient, projection: Projection, event: RecordedEvent): Promise<void> {
    // The event as stored, personal fields sealed: no plaintext reaches the read models (see storedEvent).
    event = storedEvent(event);
    if (projection.kind === 'rows') {
      for (const operation of operationsOf(projection, event)) await this.run(client, operation, projection);
    } else await this.writeDocuments(client, projection, event);
  }

  /** Each document is read through the transaction's client, after the checkpoint lock: no other runner writes it meanwhile. */
  private async writeDocuments(client: PoolClient, projection: DocumentProjection, event: RecordedEvent): Promise<void> {
    const table = documentTableDefinition(projection);
    for (const key of documentKeysOf(projection, event)) {
      const { sql, values } = selectSql(table, { key }, 'postgres');
      const [row] = (await client.query<Row>(sql, values)).rows;
      const change = documentChange(projection, key, row ? storedDocumentOf(row) : undefined, event);
      if (change) await this.run(client, change, projection);
    }
  }

  private async run(client: PoolClient, operation: RowOperation, projection: Projection): Promise<void> {
    const { sql, values } = operationSql(operation, tablesOf(projection), 'postgres');
    await client.query(sql, values);
  }

  private async readCheckpoint(client: Pool | PoolClient, projectionName: string, lock: boolean): Promise<bigint | null> {
    const { rows } = await client.query<{ checkpoint: string | null }>(
      `SELECT checkpoint FROM ${CHECKPOINTS_TABLE} WHERE projection = $1${lock ? ' FOR UPDATE' : ''}`,
      [projectionName],
    );
    if (!rows[0]) throw new Error(`projection ${projectionName} is not prepared: call prepare() first`);
    return rows[0].checkpoint === null ? null : BigInt(rows[0].checkpoint);
  }

  private inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return withTransaction(this.pool, work);
  }
}
