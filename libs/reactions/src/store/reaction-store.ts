import type { RecordedEvent } from '@app/event-store';
import type { Reactions } from '../reaction/reaction';
import type { DueCheck, MailFacts, MailReason, Recipient, WorkItem } from '../reaction/work-item';

/** Where a message stands: waiting, delivered, waiting for a retry, abandoned, or kept for a daily digest. */
export type WorkStatus = 'queued' | 'sent' | 'failed' | 'given-up' | 'held' | 'digested';

/** A work item as recorded, with its delivery record. */
export type RecordedWork = WorkItem & {
  reaction: string;
  status: WorkStatus;
  attempts: number;
  /** ISO timestamps. */
  recordedAt: string;
  nextAttemptAt: string;
  sentAt?: string;
  lastError?: string;
  messageId?: string;
  /** The .eml file written for it, when messages go to the outbox folder. */
  outboxFile?: string;
  /** The sender that took it to send, and until when no other may (ISO). */
  claimedBy?: string;
  claimedUntil?: string;
};

/** Who claims items to send, now, and for how long the claim holds. */
export type Claim = { sender: string; now: Date; until: Date };

/** A due check as recorded: `round` counts the reminders it already caused. */
export type RecordedDue = DueCheck & { reaction: string; round: number };

/** One reaction and what it made of each event of a delivery, computed before the transaction opens. */
export type DeliveredTo = { reaction: string; reactionsOf: (event: RecordedEvent) => Reactions };

/** Events read from the log right after `after` (the reaction's checkpoint, or the start). */
export type ReactionBatch = { after: bigint | 'start'; events: readonly RecordedEvent[] };

/**
 * The reactions' durable side: checkpoints, work and due checks, in the events' own database.
 * `record` writes what a batch caused and moves the reaction's checkpoint in one transaction,
 * so a crash leaves either both or neither; the work key is unique, so what a replay or a
 * redelivery causes again inserts nothing. No rebuild touches these tables.
 */
export interface ReactionStore {
  /**
   * Creates the tables, and the reaction's checkpoint when it has none, at `startAt()`: a
   * reaction added to a ledger that already has a history reacts from then on, rather than
   * writing to everyone about the past.
   */
  prepare(reaction: string, startAt: () => Promise<bigint | 'start'>): Promise<void>;
  checkpointOf(reaction: string): Promise<bigint | 'start'>;
  /**
   * Records what each new event of the batch caused (`reactionsOf`, computed beforehand by
   * event id) and moves the checkpoint to the batch's last event. A batch that does not
   * follow the checkpoint is stale: nothing is written and the caller resumes from `checkpoint`.
   */
  record(reaction: string, batch: ReactionBatch, reactionsOf: (event: RecordedEvent) => Reactions): Promise<{ stale: boolean; checkpoint: bigint | 'start'; recorded: number }>;
  /**
   * Records what a broker delivered, outside the log's order: each event not yet delivered to
   * `feed` (by stream and revision) gets its delivery record and what each reaction made of it,
   * all in one transaction. An event delivered before causes nothing, even once what it caused
   * was erased or settled, which the unique work key alone could not tell. Checkpoints are left
   * alone: a broker's partitions have no single order to move them along.
   */
  recordDelivered(feed: string, events: readonly RecordedEvent[], reactions: readonly DeliveredTo[]): Promise<{ delivered: number; recorded: number }>;
  /**
   * Takes up to `limit` items to deliver now (queued, or failed with their retry due, oldest
   * first) that no other sender's claim holds, and claims them for `claim.sender` until
   * `claim.until`, in one statement: two senders on one database never take the same item
   * while a claim holds, and the items of a sender that died come back once its claim expires.
   */
  claimDeliverable(claim: Claim, limit: number): Promise<RecordedWork[]>;
  /**
   * Extends the sender's claim on an item right before it is sent, so that the claim need only
   * outlast one send; false when the item is no longer the sender's to send (its claim expired
   * and another took it, or it was sent or erased meanwhile).
   */
  renewClaim(key: string, claim: Claim): Promise<boolean>;
  /** Delivered, whoever holds the claim now: the message left, and recording it keeps another sender from sending it again. */
  markSent(key: string, at: Date, delivery: { messageId: string; outboxFile?: string }): Promise<void>;
  /** A failed attempt by the sender holding the claim: retried at `retryAt`, or given up when it is undefined. */
  markFailed(key: string, sender: string, at: Date, error: string, retryAt: Date | undefined): Promise<void>;
  /** Kept for the recipient's daily digest instead of sent, by the sender holding the claim. */
  markHeld(key: string, sender: string): Promise<void>;
  /** Items held for digests, recorded before `before`. */
  held(before: Date): Promise<RecordedWork[]>;
  /** Queues the digest and marks the items it gathers, in one transaction; nothing when its key exists. */
  recordDigest(digest: WorkItem, reaction: string, at: Date, gathered: readonly string[]): Promise<void>;
  /** Due checks whose moment came. */
  dueChecks(now: Date, limit: number): Promise<RecordedDue[]>;
  /** Settles a due check: records the item it caused, if any, and moves it to its next moment or drops it, in one transaction. */
  settleDue(due: RecordedDue, at: Date, outcome: { work?: WorkItem; nextDueAt?: string }): Promise<void>;
  /** The delivery record, newest first, for the admin page. */
  list(limit: number): Promise<RecordedWork[]>;
  close(): Promise<void>;
}

export const REACTION_CHECKPOINTS = 'reaction_checkpoints';
export const REACTION_WORK = 'reaction_work';
export const REACTION_DUE = 'reaction_due';
export const REACTION_DELIVERIES = 'reaction_deliveries';

/** The reactions' tables and indexes, in SQL that SQLite and PostgreSQL both read: one statement each. */
export const REACTION_TABLES: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS ${REACTION_CHECKPOINTS} (reaction TEXT PRIMARY KEY, checkpoint TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS ${REACTION_WORK} (
    work_key TEXT PRIMARY KEY, reaction TEXT NOT NULL, reason TEXT NOT NULL, recipient_id TEXT NOT NULL,
    address TEXT NOT NULL, language TEXT NOT NULL, subject_id TEXT, facts TEXT NOT NULL,
    status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, recorded_at TEXT NOT NULL, next_attempt_at TEXT NOT NULL,
    sent_at TEXT, last_error TEXT, message_id TEXT, outbox_file TEXT, claimed_by TEXT, claimed_until TEXT)`,
  `CREATE INDEX IF NOT EXISTS reaction_work_deliverable ON ${REACTION_WORK} (status, next_attempt_at)`,
  `CREATE INDEX IF NOT EXISTS reaction_work_subject ON ${REACTION_WORK} (subject_id)`,
  `CREATE TABLE IF NOT EXISTS ${REACTION_DUE} (
    due_key TEXT PRIMARY KEY, reaction TEXT NOT NULL, reason TEXT NOT NULL, due_at TEXT NOT NULL,
    subject TEXT NOT NULL, subject_id TEXT, round INTEGER NOT NULL DEFAULT 0)`,
  `CREATE INDEX IF NOT EXISTS reaction_due_at ON ${REACTION_DUE} (due_at)`,
  // What a broker's feed has handled: a stream's revision is the identity of an event that survives a resend by the relay, unlike an offset.
  `CREATE TABLE IF NOT EXISTS ${REACTION_DELIVERIES} (
    feed TEXT NOT NULL, stream_id TEXT NOT NULL, revision BIGINT NOT NULL, event_id TEXT NOT NULL,
    PRIMARY KEY (feed, stream_id, revision))`,
];

/**
 * Columns added to tables that a ledger may have created before them, each added at start
 * when missing (SQLite has no ADD COLUMN IF NOT EXISTS): the rows already there keep their
 * messages, unclaimed.
 */
export const REACTION_ADDED_COLUMNS: readonly { table: string; column: string; type: string }[] = [
  { table: REACTION_WORK, column: 'claimed_by', type: 'TEXT' },
  { table: REACTION_WORK, column: 'claimed_until', type: 'TEXT' },
];

/** The SET clause that lets an item go: sent, failed, held, no sender holds it any longer. */
export const UNCLAIMED = 'claimed_by = NULL, claimed_until = NULL';

/** The order items are delivered in, which a RETURNING clause does not keep. */
export const oldestFirst = (a: RecordedWork, b: RecordedWork): number =>
  a.nextAttemptAt.localeCompare(b.nextAttemptAt) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** How a work item's columns read back. */
export function workOf(row: Record<string, unknown>): RecordedWork {
  const text = (name: string) => (row[name] === null || row[name] === undefined ? undefined : String(row[name]));
  const recipient: Recipient = { id: String(row.recipient_id), address: JSON.parse(String(row.address)), language: row.language as Recipient['language'] };
  return {
    key: String(row.work_key),
    reaction: String(row.reaction),
    reason: row.reason as MailReason,
    recipient,
    ...(text('subject_id') && { subjectId: text('subject_id') }),
    facts: JSON.parse(String(row.facts)) as MailFacts,
    status: row.status as WorkStatus,
    attempts: Number(row.attempts),
    recordedAt: isoOf(row.recorded_at)!,
    nextAttemptAt: isoOf(row.next_attempt_at)!,
    ...(row.sent_at != null && { sentAt: isoOf(row.sent_at) }),
    ...(text('last_error') && { lastError: text('last_error') }),
    ...(text('message_id') && { messageId: text('message_id') }),
    ...(text('outbox_file') && { outboxFile: text('outbox_file') }),
    ...(text('claimed_by') && { claimedBy: text('claimed_by'), claimedUntil: text('claimed_until') }),
  };
}

export function dueOf(row: Record<string, unknown>): RecordedDue {
  return {
    key: String(row.due_key),
    reaction: String(row.reaction),
    reason: row.reason as RecordedDue['reason'],
    dueAt: isoOf(row.due_at)!,
    subject: JSON.parse(String(row.subject)),
    ...(row.subject_id != null && { subjectId: String(row.subject_id) }),
    round: Number(row.round),
  };
}

const isoOf = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : value instanceof Date ? value.toISOString() : String(value);

/** The events of a batch the stored checkpoint has not seen, or 'stale' (positions compared for equality only, as the projections do). */
export function eventsAfter(stored: bigint | 'start', batch: ReactionBatch): readonly RecordedEvent[] | 'stale' {
  if (stored === batch.after) return batch.events;
  const handled = batch.events.findIndex((event) => event.position === stored);
  return handled >= 0 ? batch.events.slice(handled + 1) : 'stale';
}
