import { RecordedEvent } from '@app/event-store';
import { MessagingDatabase, SqlExecutor } from '../database';

/**
 * What each consumer has applied, keyed by (consumer, stream id, revision): the identity
 * of an event that survives a resend by the relay, unlike a Kafka offset.
 */
export async function createProcessedMessagesTable(db: MessagingDatabase): Promise<void> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS processed_messages (
       consumer TEXT NOT NULL, stream_id TEXT NOT NULL, revision BIGINT NOT NULL,
       event_id TEXT NOT NULL, processed_at TEXT NOT NULL,
       PRIMARY KEY (consumer, stream_id, revision))`,
  );
}

/** Records the event inside `tx`; false when this consumer had already applied it. */
export async function markProcessed(tx: SqlExecutor, consumer: string, event: RecordedEvent): Promise<boolean> {
  const { changes } = await tx.query(
    `INSERT INTO processed_messages (consumer, stream_id, revision, event_id, processed_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [consumer, event.streamId, event.revision.toString(), event.id, new Date().toISOString()],
  );
  return changes === 1;
}
