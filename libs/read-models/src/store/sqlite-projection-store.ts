import type Database from 'better-sqlite3';
import { type RecordedEvent, openSqlite, storedEvent } from '@app/event-store';
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
  documentTableDefinition,
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

/**
 * Read models in the event store's SQLite file (its own connection; WAL lets both read
 * while one writes). `BEGIN IMMEDIATE` takes the write lock before the checkpoint is read,
 * so two runners on one file cannot both apply the same batch. Statements of the write path
 * are prepared once per SQL text: preparing costs more than running one.
 */
export class SqliteProjectionStore implements ProjectionStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string) {
    this.db = openSqlite(path);
    // Rows hold no plaintext (events are applied as stored); what an older version of a
    // projection held is zeroed when its table is dropped.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${CHECKPOINTS_TABLE} (
      projection TEXT PRIMARY KEY, version INTEGER NOT NULL, checkpoint TEXT, updated_at TEXT NOT NULL)`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${DELIVERIES_TABLE} (
      feed TEXT NOT NULL, stream_id TEXT NOT NULL, revision INTEGER NOT NULL, event_id TEXT NOT NULL,
      applied_at TEXT NOT NULL, PRIMARY KEY (feed, stream_id, revision))`);
  }

  async prepare(projection: Projection): Promise<boolean> {
    let replaced = false;
    const recreated = this.db
      .transaction((): boolean => {
        const stored = this.db.prepare(`SELECT version FROM ${CHECKPOINTS_TABLE} WHERE projection = ?`).pluck().get(projection.name);
        if (stored !== undefined && Number(stored) === projection.version) return false;
        replaced = stored !== undefined;
        // A new version may have a new shape: rebuild from the start of the log.
        tablesOf(projection).forEach((table) => this.db.exec(dropTableSql(table)));
        tablesOf(projection).forEach((table) => this.db.exec(createTableSql(table, 'sqlite')));
        this.db
          .prepare(
            `INSERT INTO ${CHECKPOINTS_TABLE} (projection, version, checkpoint, updated_at) VALUES (?, ?, NULL, ?)
             ON CONFLICT (projection) DO UPDATE SET version = excluded.version, checkpoint = NULL, updated_at = excluded.updated_at`,
          )
          .run(projection.name, projection.version, new Date().toISOString());
        return true;
      })
      .immediate();
    // Tables dropped and created again: statements over their old shape must not be reused.
    if (recreated) this.statements.clear();
    // Indexes are ensured on every start: one added to a projection needs no rebuild.
    tablesOf(projection).forEach((table) => createIndexesSql(table).forEach((sql) => this.db.exec(sql)));
    // An older version may have held personal data in clear (agreement_facts 1 did), and pages
    // it freed before secure_delete was on still hold it: rewrite the file and empty the WAL, once.
    if (replaced) {
      this.db.exec('VACUUM');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    }
    return recreated;
  }

  async checkpointOf(projectionName: string): Promise<bigint | null> {
    return this.readCheckpoint(projectionName);
  }

  async applyBatch(projection: Projection, batch: EventBatch): Promise<BatchOutcome> {
    const [outcome] = await this.applyBatchToEach([projection], batch);
    return outcome;
  }

  async applyBatchToEach(projections: readonly Projection[], batch: EventBatch): Promise<BatchOutcome[]> {
    return this.db.transaction((): BatchOutcome[] => projections.map((projection) => this.applyInTransaction(projection, batch))).immediate();
  }

  async applyDelivered(feed: string, projections: readonly Projection[], event: RecordedEvent): Promise<boolean> {
    return (await this.applyDeliveredBatch(feed, projections, [event])) === 1;
  }

  async applyDeliveredBatch(feed: string, projections: readonly Projection[], events: readonly RecordedEvent[]): Promise<number> {
    return this.db
      .transaction((): number => {
        const record = this.statement(
          `INSERT INTO ${DELIVERIES_TABLE} (feed, stream_id, revision, event_id, applied_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        );
        const appliedAt = new Date().toISOString();
        const fresh = events.filter((event) => record.run(feed, event.streamId, event.revision, event.id, appliedAt).changes === 1);
        if (fresh.length > 0) projections.forEach((projection) => this.writeRows(projection, fresh));
        return fresh.length;
      })
      .immediate();
  }

  async reset(projection: Projection): Promise<void> {
    this.db
      .transaction(() => {
        tablesOf(projection).forEach((table) => this.db.prepare(`DELETE FROM "${table.name}"`).run());
        this.db.prepare(`UPDATE ${CHECKPOINTS_TABLE} SET checkpoint = NULL, updated_at = ? WHERE projection = ?`).run(
          new Date().toISOString(),
          projection.name,
        );
      })
      .immediate();
  }

  async select(projection: Projection, table: string, where: Where = {}, columns?: readonly string[]): Promise<Row[]> {
    const { sql, values } = selectSql(tableNamed(tablesOf(projection), table), where, 'sqlite', columns);
    return this.db.prepare(sql).all(...values) as Row[];
  }

  async countStoredEvents(): Promise<number | undefined> {
    const hasEvents = this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'`).get();
    return hasEvents ? Number(this.db.prepare('SELECT COUNT(*) FROM events').pluck().get()) : undefined;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private applyInTransaction(projection: Projection, batch: EventBatch): BatchOutcome {
    const stored = this.readCheckpoint(projection.name);
    const events = eventsToApply(stored, batch);
    if (events === 'stale') return { applied: 0, checkpoint: stored, stale: true };
    if (events.length === 0) return { applied: 0, checkpoint: stored, stale: false };
    this.writeRows(projection, events);
    const checkpoint = events[events.length - 1].position;
    this.statement(`UPDATE ${CHECKPOINTS_TABLE} SET checkpoint = ?, updated_at = ? WHERE projection = ?`).run(
      String(checkpoint),
      new Date().toISOString(),
      projection.name,
    );
    return { applied: events.length, checkpoint, stale: false };
  }

  private readCheckpoint(projectionName: string): bigint | null {
    const row = this.statement(`SELECT checkpoint FROM ${CHECKPOINTS_TABLE} WHERE projection = ?`).get(projectionName) as
      | { checkpoint: string | null }
      | undefined;
    if (!row) throw new Error(`projection ${projectionName} is not prepared: call prepare() first`);
    return row.checkpoint === null ? null : BigInt(row.checkpoint);
  }

  private writeRows(projection: Projection, recorded: readonly RecordedEvent[]): void {
    // The events as stored, personal fields sealed: no plaintext reaches the read models (see storedEvent).
    const events = recorded.map(storedEvent);
    if (projection.kind === 'rows') {
      for (const event of events) for (const operation of operationsOf(projection, event)) this.run(operation, projection);
    } else this.writeDocuments(projection, events);
  }

  /**
   * Synchronous inside BEGIN IMMEDIATE: each document the batch touches is read once in the
   * transaction that writes it, folded in memory, and written once.
   */
  private writeDocuments(projection: DocumentProjection, events: readonly RecordedEvent[]): void {
    const table = documentTableDefinition(projection);
    const read = this.statement(selectSql(table, { key: '' }, 'sqlite', ['key', 'document', 'revisions']).sql);
    const stored = new Map<string, StoredDocument>();
    for (const key of documentKeysOfBatch(projection, events)) {
      const row = read.get(key) as Row | undefined;
      if (row) stored.set(key, storedDocumentOf(row));
    }
    for (const change of documentChangesOfBatch(projection, events, stored)) this.run(change, projection);
  }

  private run(operation: RowOperation, projection: Projection): void {
    const { sql, values } = operationSql(operation, tablesOf(projection), 'sqlite');
    this.statement(sql).run(...values);
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}
