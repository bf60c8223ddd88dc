import { Pool, PoolClient } from 'pg';
import { type RecordedEvent, storedEvent, withTransaction } from '@app/event-store';
import {
  DocumentProjection,
  Projection,
  Row,
  RowOperation,
  StoredDocument,
  createTableSql,
  createIndexesSql,
  documentChangesOfBatch,
  documentKeysOfBatch,
  dropTableSql,
  operationsOf,
  selectSql,
  storedDocumentOf,
  tableNamed,
  tablesOf,
  type Where,
} from '../projection';
import { eventsToApply } from './events-to-apply';
import { BatchOutcome, CHECKPOINTS_TABLE, DELIVERIES_TABLE, EventBatch, ProjectionStore } from './projection-store';
import { foldRowOperations, rowChangesSql } from './row-changes';

const PREPARE_LOCK = 741_852_964; // next to the event store's migration lock: serialises concurrent starts

/**
 * Read models in the event store's PostgreSQL database. The checkpoint row is locked
 * (`FOR UPDATE`) before the batch is checked against it, so two runners cannot both apply
 * the same batch, and it is written in the same transaction as the rows. A batch costs a few
 * round trips, not one per row: its changes are folded in memory per row, the documents it
 * touches read in one query per table, and the rows written by multi-row statements.
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

  async applyBatch(projection: Projection, batch: EventBatch): Promise<BatchOutcome> {
    const [outcome] = await this.applyBatchToEach([projection], batch);
    return outcome;
  }

  applyBatchToEach(projections: readonly Projection[], batch: EventBatch): Promise<BatchOutcome[]> {
    return this.inTransaction(async (client) => {
      const stored = await this.lockCheckpoints(client, projections.map((p) => p.name));
      const outcomes: BatchOutcome[] = [];
      for (const projection of projections) {
        const checkpoint = stored.get(projection.name)!;
        const events = eventsToApply(checkpoint, batch);
        if (events === 'stale') outcomes.push({ applied: 0, checkpoint, stale: true });
        else if (events.length === 0) outcomes.push({ applied: 0, checkpoint, stale: false });
        else {
          await this.writeRows(client, projection, events);
          outcomes.push({ applied: events.length, checkpoint: events[events.length - 1].position, stale: false });
        }
      }
      const moved = projections.filter((projection, i) => outcomes[i].checkpoint !== stored.get(projection.name));
      if (moved.length > 0) {
        await client.query(
          `UPDATE ${CHECKPOINTS_TABLE} SET checkpoint = moved.checkpoint, updated_at = now()
           FROM unnest($1::text[], $2::text[]) AS moved (projection, checkpoint) WHERE ${CHECKPOINTS_TABLE}.projection = moved.projection`,
          [moved.map((p) => p.name), moved.map((p) => String(outcomes[projections.indexOf(p)].checkpoint))],
        );
      }
      return outcomes;
    });
  }

  async applyDelivered(feed: string, projections: readonly Projection[], event: RecordedEvent): Promise<boolean> {
    return (await this.applyDeliveredBatch(feed, projections, [event])) === 1;
  }

  applyDeliveredBatch(feed: string, projections: readonly Projection[], events: readonly RecordedEvent[]): Promise<number> {
    return this.inTransaction(async (client) => {
      const delivery = (streamId: string, revision: bigint | string) => `${revision}@${streamId}`;
      const unique = [...new Map(events.map((event) => [delivery(event.streamId, event.revision), event])).values()];
      const { rows } = await client.query<{ stream_id: string; revision: string }>(
        `INSERT INTO ${DELIVERIES_TABLE} (feed, stream_id, revision, event_id)
         SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[]) ON CONFLICT DO NOTHING RETURNING stream_id, revision`,
        [feed, unique.map((event) => event.streamId), unique.map((event) => event.revision.toString()), unique.map((event) => event.id)],
      );
      const recorded = new Set(rows.map((row) => delivery(row.stream_id, row.revision)));
      const fresh = unique.filter((event) => recorded.has(delivery(event.streamId, event.revision)));
      if (fresh.length > 0) for (const projection of projections) await this.writeRows(client, projection, fresh);
      return fresh.length;
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

  private async writeRows(client: PoolClient, projection: Projection, recorded: readonly RecordedEvent[]): Promise<void> {
    // The events as stored, personal fields sealed: no plaintext reaches the read models (see storedEvent).
    const events = recorded.map(storedEvent);
    const operations =
      projection.kind === 'rows' ? events.flatMap((event) => operationsOf(projection, event)) : await this.documentChanges(client, projection, events);
    for (const { sql, values } of rowChangesSql(foldRowOperations(operations, tablesOf(projection)))) await client.query(sql, values);
  }

  /** The documents are read through the transaction's client, after the checkpoint lock: no other runner writes them meanwhile. */
  private async documentChanges(client: PoolClient, projection: DocumentProjection, events: readonly RecordedEvent[]): Promise<RowOperation[]> {
    const keys = documentKeysOfBatch(projection, events);
    if (keys.length === 0) return [];
    const { rows } = await client.query<Row>(`SELECT key, document, revisions FROM "${projection.table.name}" WHERE key = ANY($1::text[])`, [keys]);
    const stored = new Map<string, StoredDocument>(rows.map((row) => [String(row.key), storedDocumentOf(row)]));
    return documentChangesOfBatch(projection, events, stored);
  }

  /** The projections' checkpoints, their rows locked in one order, so that two runners wait for each other and never deadlock. */
  private async lockCheckpoints(client: PoolClient, names: readonly string[]): Promise<Map<string, bigint | null>> {
    const { rows } = await client.query<{ projection: string; checkpoint: string | null }>(
      `SELECT projection, checkpoint FROM ${CHECKPOINTS_TABLE} WHERE projection = ANY($1::text[]) ORDER BY projection FOR UPDATE`,
      [names],
    );
    const checkpoints = new Map(rows.map((row) => [row.projection, row.checkpoint === null ? null : BigInt(row.checkpoint)]));
    const missing = names.find((name) => !checkpoints.has(name));
    if (missing) throw new Error(`projection ${missing} is not prepared: call prepare() first`);
    return checkpoints;
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
