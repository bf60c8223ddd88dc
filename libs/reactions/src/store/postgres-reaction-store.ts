import { rmSync } from 'node:fs';
import { Pool, PoolClient } from 'pg';
import { type RecordedEvent, withTransaction } from '@app/event-store';
import type { Reactions } from '../reaction/reaction';
import type { WorkItem } from '../reaction/work-item';
import {
  Claim,
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
  UNCLAIMED,
  dueOf,
  eventsAfter,
  oldestFirst,
  workOf,
} from './reaction-store';

const PREPARE_LOCK = 741_852_965; // beside the projection store's: serialises concurrent starts

/**
 * The reactions' tables in the events' PostgreSQL database. The checkpoint row is locked
 * (`FOR UPDATE`) before a batch is checked against it and written in the same transaction as
 * the work, as the projection store does; timestamps are ISO text, compared as such.
 */
export class PostgresReactionStore implements ReactionStore {
  private constructor(private readonly pool: Pool) {}

  static async connect(connectionString: string): Promise<PostgresReactionStore> {
    const store = new PostgresReactionStore(new Pool({ connectionString, max: 3 }));
    await withTransaction(store.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PREPARE_LOCK]);
      for (const statement of REACTION_TABLES) await client.query(statement);
      for (const { table, column, type } of REACTION_ADDED_COLUMNS) await client.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column} ${type}`);
    });
    return store;
  }

  async prepare(reaction: string, startAt: () => Promise<bigint | 'start'>): Promise<void> {
    const { rows } = await this.pool.query(`SELECT 1 FROM ${REACTION_CHECKPOINTS} WHERE reaction = $1`, [reaction]);
    if (rows.length > 0) return;
    const from = await startAt();
    await this.pool.query(`INSERT INTO ${REACTION_CHECKPOINTS} (reaction, checkpoint) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [reaction, String(from)]);
  }

  async checkpointOf(reaction: string): Promise<bigint | 'start'> {
    return this.readCheckpoint(this.pool, reaction, false);
  }

  record(reaction: string, batch: ReactionBatch, reactionsOf: (event: RecordedEvent) => Reactions) {
    return withTransaction(this.pool, async (client) => {
      const stored = await this.readCheckpoint(client, reaction, true);
      const events = eventsAfter(stored, batch);
      if (events === 'stale') return { stale: true, checkpoint: stored, recorded: 0 };
      if (events.length === 0) return { stale: false, checkpoint: stored, recorded: 0 };
      let recorded = 0;
      for (const event of events) recorded += await this.write(client, reaction, reactionsOf(event), event.recordedAt.toISOString());
      const checkpoint = events[events.length - 1].position;
      await client.query(`UPDATE ${REACTION_CHECKPOINTS} SET checkpoint = $1 WHERE reaction = $2`, [String(checkpoint), reaction]);
      return { stale: false, checkpoint, recorded };
    });
  }

  recordDelivered(feed: string, events: readonly RecordedEvent[], reactions: readonly DeliveredTo[]) {
    return withTransaction(this.pool, async (client) => {
      const identity = (streamId: string, revision: bigint | string) => `${revision}@${streamId}`;
      const unique = [...new Map(events.map((event) => [identity(event.streamId, event.revision), event])).values()];
      const { rows } = await client.query<{ stream_id: string; revision: string }>(
        `INSERT INTO ${REACTION_DELIVERIES} (feed, stream_id, revision, event_id)
         SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[]) ON CONFLICT DO NOTHING RETURNING stream_id, revision`,
        [feed, unique.map((event) => event.streamId), unique.map((event) => event.revision.toString()), unique.map((event) => event.id)],
      );
      const fresh = new Set(rows.map((row) => identity(row.stream_id, row.revision)));
      let recorded = 0;
      for (const event of unique.filter((each) => fresh.has(identity(each.streamId, each.revision)))) {
        for (const { reaction, reactionsOf } of reactions) recorded += await this.write(client, reaction, reactionsOf(event), event.recordedAt.toISOString());
      }
      return { delivered: fresh.size, recorded };
    });
  }

  /**
   * SKIP LOCKED: a sender passes over the rows another is claiming at this moment rather than
   * waiting for them; FOR UPDATE rechecks the claim on the row as committed, so a row claimed
   * since this statement began is not taken twice.
   */
  async claimDeliverable({ sender, now, until }: Claim, limit: number): Promise<RecordedWork[]> {
    const { rows } = await this.pool.query(
      `UPDATE ${REACTION_WORK} SET claimed_by = $1, claimed_until = $2
       WHERE work_key IN (
         SELECT work_key FROM ${REACTION_WORK}
         WHERE status IN ('queued', 'failed') AND next_attempt_at <= $3 AND (claimed_until IS NULL OR claimed_until <= $3)
         ORDER BY next_attempt_at, work_key LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [sender, until.toISOString(), now.toISOString(), limit],
    );
    return rows.map(workOf).sort(oldestFirst);
  }

  async renewClaim(key: string, { sender, until }: Claim): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE ${REACTION_WORK} SET claimed_until = $1 WHERE work_key = $2 AND claimed_by = $3 AND status IN ('queued', 'failed')`,
      [until.toISOString(), key, sender],
    );
    return (rowCount ?? 0) > 0;
  }

  async markSent(key: string, at: Date, { messageId, outboxFile }: { messageId: string; outboxFile?: string }): Promise<void> {
    const { rowCount } = await this.pool.query(
      `UPDATE ${REACTION_WORK} SET status = 'sent', attempts = attempts + 1, sent_at = $1, message_id = $2, outbox_file = $3, last_error = NULL, ${UNCLAIMED} WHERE work_key = $4`,
      [at.toISOString(), messageId, outboxFile ?? null, key],
    );
    if (rowCount === 0 && outboxFile) rmSync(outboxFile, { force: true });
  }

  async markFailed(key: string, sender: string, at: Date, error: string, retryAt: Date | undefined): Promise<void> {
    await this.pool.query(
      `UPDATE ${REACTION_WORK} SET status = $1, attempts = attempts + 1, last_error = $2, next_attempt_at = $3, ${UNCLAIMED} WHERE work_key = $4 AND claimed_by = $5`,
      [retryAt ? 'failed' : 'given-up', error, (retryAt ?? at).toISOString(), key, sender],
    );
  }

  async markHeld(key: string, sender: string): Promise<void> {
    await this.pool.query(`UPDATE ${REACTION_WORK} SET status = 'held', ${UNCLAIMED} WHERE work_key = $1 AND status = 'queued' AND claimed_by = $2`, [key, sender]);
  }

  async held(before: Date): Promise<RecordedWork[]> {
    const { rows } = await this.pool.query(`SELECT * FROM ${REACTION_WORK} WHERE status = 'held' AND recorded_at < $1 ORDER BY recorded_at, work_key`, [
      before.toISOString(),
    ]);
    return rows.map(workOf);
  }

  recordDigest(digest: WorkItem, reaction: string, at: Date, gathered: readonly string[]): Promise<void> {
    return withTransaction(this.pool, async (client) => {
      // Its key taken already (another tick, another process): what it would gather stays held for the next digest rather than marked and never sent.
      if ((await this.insertWork(client, reaction, digest, at.toISOString())) === 0) return;
      await client.query(`UPDATE ${REACTION_WORK} SET status = 'digested' WHERE work_key = ANY($1::text[]) AND status = 'held'`, [[...gathered]]);
    });
  }

  async dueChecks(now: Date, limit: number): Promise<RecordedDue[]> {
    const { rows } = await this.pool.query(`SELECT * FROM ${REACTION_DUE} WHERE due_at <= $1 ORDER BY due_at, due_key LIMIT $2`, [now.toISOString(), limit]);
    return rows.map(dueOf);
  }

  settleDue(due: RecordedDue, at: Date, { work, nextDueAt }: { work?: WorkItem; nextDueAt?: string }): Promise<void> {
    return withTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ round: number }>(`SELECT round FROM ${REACTION_DUE} WHERE due_key = $1 FOR UPDATE`, [due.key]);
      if (rows.length === 0 || Number(rows[0].round) !== due.round) return;
      if (work) await this.insertWork(client, due.reaction, work, at.toISOString());
      if (nextDueAt) await client.query(`UPDATE ${REACTION_DUE} SET due_at = $1, round = round + 1 WHERE due_key = $2`, [nextDueAt, due.key]);
      else await client.query(`DELETE FROM ${REACTION_DUE} WHERE due_key = $1`, [due.key]);
    });
  }

  async list(limit: number): Promise<RecordedWork[]> {
    const { rows } = await this.pool.query(`SELECT * FROM ${REACTION_WORK} ORDER BY recorded_at DESC, work_key LIMIT $1`, [limit]);
    return rows.map(workOf);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async write(client: PoolClient, reaction: string, { work, due, erased = [] }: Reactions, at: string): Promise<number> {
    let inserted = 0;
    for (const item of work) inserted += await this.insertWork(client, reaction, item, at);
    for (const check of due) {
      await client.query(
        `INSERT INTO ${REACTION_DUE} (due_key, reaction, reason, due_at, subject, subject_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [check.key, reaction, check.reason, check.dueAt, JSON.stringify(check.subject), check.subjectId ?? null],
      );
    }
    for (const subjectId of erased) {
      const { rows } = await client.query<{ outbox_file: string }>(
        `DELETE FROM ${REACTION_WORK} WHERE subject_id = $1 RETURNING outbox_file`,
        [subjectId],
      );
      rows.filter((row) => row.outbox_file).forEach((row) => rmSync(row.outbox_file, { force: true }));
      await client.query(`DELETE FROM ${REACTION_DUE} WHERE subject_id = $1`, [subjectId]);
    }
    return inserted;
  }

  private async insertWork(client: PoolClient, reaction: string, item: WorkItem, at: string): Promise<number> {
    const { rowCount } = await client.query(
      `INSERT INTO ${REACTION_WORK} (work_key, reaction, reason, recipient_id, address, language, subject_id, facts, status, recorded_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'queued', $9, $9) ON CONFLICT (work_key) DO NOTHING`,
      [item.key, reaction, item.reason, item.recipient.id, JSON.stringify(item.recipient.address), item.recipient.language, item.subjectId ?? null, JSON.stringify(item.facts), at],
    );
    return rowCount ?? 0;
  }

  private async readCheckpoint(client: Pool | PoolClient, reaction: string, lock: boolean): Promise<bigint | 'start'> {
    const { rows } = await client.query<{ checkpoint: string }>(`SELECT checkpoint FROM ${REACTION_CHECKPOINTS} WHERE reaction = $1${lock ? ' FOR UPDATE' : ''}`, [
      reaction,
    ]);
    if (!rows[0]) throw new Error(`reaction ${reaction} is not prepared: call prepare() first`);
    return rows[0].checkpoint === 'start' ? 'start' : BigInt(rows[0].checkpoint);
  }
}
