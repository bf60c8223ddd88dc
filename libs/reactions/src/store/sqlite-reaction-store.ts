import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { type RecordedEvent, openSqlite } from '@app/event-store';
import type { Reactions } from '../reaction/reaction';
import type { WorkItem } from '../reaction/work-item';
import {
  Claim,
  UNCLAIMED,
  DeliveredTo,
  REACTION_ADDED_COLUMNS,
  REACTION_CHECKPOINTS,
  REACTION_DELIVERIES,
  REACTION_DUE,
  REACTION_TABLES,
  REACTION_WORK,
  ReactionBatch,
  ReactionStore,
  RecordedDue,
  RecordedWork,
  dueOf,
  eventsAfter,
  oldestFirst,
  workOf,
} from './reaction-store';

const START = 'start';

/**
 * The reactions' tables in the event store's SQLite file, through a connection of their own.
 * Every write is one synchronous transaction (`BEGIN IMMEDIATE`), so nothing is held across an
 * `await`. `secure_delete` zeroes what an erasure deletes.
 */
export class SqliteReactionStore implements ReactionStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = openSqlite(path);
    this.db.pragma('secure_delete = ON');
    this.db
      .transaction(() => {
        this.db.exec(REACTION_TABLES.join(';\n'));
        for (const { table, column, type } of REACTION_ADDED_COLUMNS) {
          const columns = this.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
          if (!columns.includes(column)) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
        }
      })
      .immediate();
  }

  async prepare(reaction: string, startAt: () => Promise<bigint | 'start'>): Promise<void> {
    if (this.db.prepare(`SELECT 1 FROM ${REACTION_CHECKPOINTS} WHERE reaction = ?`).get(reaction)) return;
    const from = await startAt();
    this.db.prepare(`INSERT INTO ${REACTION_CHECKPOINTS} (reaction, checkpoint) VALUES (?, ?) ON CONFLICT DO NOTHING`).run(reaction, String(from));
  }

  async checkpointOf(reaction: string): Promise<bigint | 'start'> {
    return this.readCheckpoint(reaction);
  }

  async record(reaction: string, batch: ReactionBatch, reactionsOf: (event: RecordedEvent) => Reactions) {
    return this.db
      .transaction(() => {
        const stored = this.readCheckpoint(reaction);
        const events = eventsAfter(stored, batch);
        if (events === 'stale') return { stale: true, checkpoint: stored, recorded: 0 };
        if (events.length === 0) return { stale: false, checkpoint: stored, recorded: 0 };
        const recorded = events.reduce((count, event) => count + this.write(reaction, reactionsOf(event), event.recordedAt.toISOString()), 0);
        const checkpoint = events[events.length - 1].position;
        this.db.prepare(`UPDATE ${REACTION_CHECKPOINTS} SET checkpoint = ? WHERE reaction = ?`).run(String(checkpoint), reaction);
        return { stale: false, checkpoint, recorded };
      })
      .immediate();
  }

  async recordDelivered(feed: string, events: readonly RecordedEvent[], reactions: readonly DeliveredTo[]) {
    const deliver = this.db.prepare(`INSERT INTO ${REACTION_DELIVERIES} (feed, stream_id, revision, event_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`);
    return this.db
      .transaction(() => {
        let delivered = 0;
        let recorded = 0;
        for (const event of events) {
          if (deliver.run(feed, event.streamId, event.revision, event.id).changes === 0) continue;
          delivered += 1;
          for (const { reaction, reactionsOf } of reactions) recorded += this.write(reaction, reactionsOf(event), event.recordedAt.toISOString());
        }
        return { delivered, recorded };
      })
      .immediate();
  }

  /** One statement, as on PostgreSQL; SQLite runs one writer at a time, so it needs no row locks. */
  async claimDeliverable({ sender, now, until }: Claim, limit: number): Promise<RecordedWork[]> {
    const rows = this.db
      .prepare(
        `UPDATE ${REACTION_WORK} SET claimed_by = ?, claimed_until = ?
         WHERE work_key IN (
           SELECT work_key FROM ${REACTION_WORK}
           WHERE status IN ('queued', 'failed') AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
           ORDER BY next_attempt_at, work_key LIMIT ?)
         RETURNING *`,
      )
      .all(sender, until.toISOString(), now.toISOString(), now.toISOString(), limit) as Record<string, unknown>[];
    return rows.map(workOf).sort(oldestFirst);
  }

  async renewClaim(key: string, { sender, until }: Claim): Promise<boolean> {
    const { changes } = this.db
      .prepare(`UPDATE ${REACTION_WORK} SET claimed_until = ? WHERE work_key = ? AND claimed_by = ? AND status IN ('queued', 'failed')`)
      .run(until.toISOString(), key, sender);
    return changes > 0;
  }

  async markSent(key: string, at: Date, { messageId, outboxFile }: { messageId: string; outboxFile?: string }): Promise<void> {
    const { changes } = this.db
      .prepare(`UPDATE ${REACTION_WORK} SET status = 'sent', attempts = attempts + 1, sent_at = ?, message_id = ?, outbox_file = ?, last_error = NULL, ${UNCLAIMED} WHERE work_key = ?`)
      .run(at.toISOString(), messageId, outboxFile ?? null, key);
    // Erased while it was being written: the file must not outlive the record.
    if (changes === 0 && outboxFile) rmSync(outboxFile, { force: true });
  }

  async markFailed(key: string, sender: string, at: Date, error: string, retryAt: Date | undefined): Promise<void> {
    this.db
      .prepare(`UPDATE ${REACTION_WORK} SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?, ${UNCLAIMED} WHERE work_key = ? AND claimed_by = ?`)
      .run(retryAt ? 'failed' : 'given-up', error, (retryAt ?? at).toISOString(), key, sender);
  }

  async markHeld(key: string, sender: string): Promise<void> {
    this.db.prepare(`UPDATE ${REACTION_WORK} SET status = 'held', ${UNCLAIMED} WHERE work_key = ? AND status = 'queued' AND claimed_by = ?`).run(key, sender);
  }

  async held(before: Date): Promise<RecordedWork[]> {
    const rows = this.db
      .prepare(`SELECT * FROM ${REACTION_WORK} WHERE status = 'held' AND recorded_at < ? ORDER BY recorded_at, work_key`)
      .all(before.toISOString()) as Record<string, unknown>[];
    return rows.map(workOf);
  }

  async recordDigest(digest: WorkItem, reaction: string, at: Date, gathered: readonly string[]): Promise<void> {
    this.db
      .transaction(() => {
        // Its key taken already (another tick, another process): what it would gather stays held for the next digest rather than marked and never sent.
        if (this.insertWork(reaction, digest, at.toISOString()) === 0) return;
        const mark = this.db.prepare(`UPDATE ${REACTION_WORK} SET status = 'digested' WHERE work_key = ? AND status = 'held'`);
        gathered.forEach((key) => mark.run(key));
      })
      .immediate();
  }

  async dueChecks(now: Date, limit: number): Promise<RecordedDue[]> {
    const rows = this.db.prepare(`SELECT * FROM ${REACTION_DUE} WHERE due_at <= ? ORDER BY due_at, due_key LIMIT ?`).all(now.toISOString(), limit) as Record<
      string,
      unknown
    >[];
    return rows.map(dueOf);
  }

  async settleDue(due: RecordedDue, at: Date, { work, nextDueAt }: { work?: WorkItem; nextDueAt?: string }): Promise<void> {
    this.db
      .transaction(() => {
        // Settled already by another tick (its round moved on): nothing twice.
        const current = this.db.prepare(`SELECT round FROM ${REACTION_DUE} WHERE due_key = ?`).pluck().get(due.key);
        if (current === undefined || Number(current) !== due.round) return;
        if (work) this.insertWork(due.reaction, work, at.toISOString());
        if (nextDueAt) this.db.prepare(`UPDATE ${REACTION_DUE} SET due_at = ?, round = round + 1 WHERE due_key = ?`).run(nextDueAt, due.key);
        else this.db.prepare(`DELETE FROM ${REACTION_DUE} WHERE due_key = ?`).run(due.key);
      })
      .immediate();
  }

  async list(limit: number): Promise<RecordedWork[]> {
    const rows = this.db.prepare(`SELECT * FROM ${REACTION_WORK} ORDER BY recorded_at DESC, work_key LIMIT ?`).all(limit) as Record<string, unknown>[];
    return rows.map(workOf);
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** What one event caused; how many items were new. */
  private write(reaction: string, { work, due, erased = [] }: Reactions, at: string): number {
    const inserted = work.reduce((count, item) => count + this.insertWork(reaction, item, at), 0);
    const insertDue = this.db.prepare(
      `INSERT INTO ${REACTION_DUE} (due_key, reaction, reason, due_at, subject, subject_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    due.forEach((check) => insertDue.run(check.key, reaction, check.reason, check.dueAt, JSON.stringify(check.subject), check.subjectId ?? null));
    erased.forEach((subjectId) => this.erase(subjectId));
    return inserted;
  }

  private insertWork(reaction: string, item: WorkItem, at: string): number {
    return this.db
      .prepare(
        `INSERT INTO ${REACTION_WORK} (work_key, reaction, reason, recipient_id, address, language, subject_id, facts, status, recorded_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT (work_key) DO NOTHING`,
      )
      .run(item.key, reaction, item.reason, item.recipient.id, JSON.stringify(item.recipient.address), item.recipient.language, item.subjectId ?? null, JSON.stringify(item.facts), at, at).changes;
  }

  /** Crypto-shredding reaches the messages: the student's items, due checks and outbox files go. */
  private erase(subjectId: string): void {
    const files = this.db.prepare(`SELECT outbox_file FROM ${REACTION_WORK} WHERE subject_id = ? AND outbox_file IS NOT NULL`).pluck().all(subjectId) as string[];
    files.forEach((file) => rmSync(file, { force: true }));
    this.db.prepare(`DELETE FROM ${REACTION_WORK} WHERE subject_id = ?`).run(subjectId);
    this.db.prepare(`DELETE FROM ${REACTION_DUE} WHERE subject_id = ?`).run(subjectId);
  }

  private readCheckpoint(reaction: string): bigint | 'start' {
    const value = this.db.prepare(`SELECT checkpoint FROM ${REACTION_CHECKPOINTS} WHERE reaction = ?`).pluck().get(reaction) as string | undefined;
    if (value === undefined) throw new Error(`reaction ${reaction} is not prepared: call prepare() first`);
    return value === START ? START : BigInt(value);
  }
}
