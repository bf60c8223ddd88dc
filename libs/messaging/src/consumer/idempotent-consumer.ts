import { RecordedEvent } from '@app/event-store';
import { MessagingDatabase, SqlExecutor } from '../database';
import { deadLetterOf, deadLetterTopicOf } from '../dead-letter';
import { UndecodableMessageError, messageToEvent } from '../events';
import { IncomingMessage, MessageBus, MessageConsumer, MessagePublisher } from '../port';
import { sleep } from '../sleep';
import { createProcessedMessagesTable, markProcessed } from './processed-messages';

/** The effect in the transaction that records the event in `processed_messages`. */
export interface ProcessedMessagesEffect {
  database: MessagingDatabase;
  apply(event: RecordedEvent, tx: SqlExecutor): Promise<void>;
}

/** An effect that keeps its own record of applied (stream, revision) pairs in its own transaction. */
export interface SelfDedupingEffect {
  applyOnce(event: RecordedEvent): Promise<void>;
  /**
   * The events of one fetch of a partition, each applied once, all in one transaction. When
   * given, a fetch is applied with it; should it fail, its events are applied one by one with
   * `applyOnce`, so that only the one that keeps failing is parked.
   */
  applyBatchOnce?(events: readonly RecordedEvent[]): Promise<void>;
}

export type IdempotentConsumerOptions = (ProcessedMessagesEffect | SelfDedupingEffect) & {
  bus: MessageBus;
  /** The Kafka consumer group, and this consumer's name in `processed_messages`. */
  groupId: string;
  topics: readonly string[];
  /** Attempts before a message is parked on `<topic>.dlq`; 3 by default. */
  maxAttempts?: number;
  retryDelayMs?: number;
  onParked?(message: IncomingMessage, error: Error): void;
  /** Between the committed transaction and the offset commit: where a crash test strikes. */
  beforeOffsetCommit?(message: IncomingMessage): Promise<void> | void;
};

/**
 * Applies each event once: the dedupe row and the effect commit together, then the offset
 * is committed, so a crash in between only redelivers what the dedupe row then skips. An
 * event that keeps failing is parked on the dead-letter topic with its error and the
 * partition moves on; `replayDeadLetters` sends it back once the cause is fixed.
 */
export async function startIdempotentConsumer(options: IdempotentConsumerOptions): Promise<MessageConsumer> {
  const { bus, groupId } = options;
  const maxAttempts = options.maxAttempts ?? 3;
  const applyOnce = 'applyOnce' in options ? options.applyOnce : await processedOnce(options, groupId);
  const publisher: MessagePublisher = await bus.createPublisher();
  // A message may arrive before `consume` has returned the consumer that commits it.
  let started!: (consumer: MessageConsumer) => void;
  const consumerReady = new Promise<MessageConsumer>((resolve) => (started = resolve));

  async function park(message: IncomingMessage, error: Error, attempts: number): Promise<void> {
    await publisher.publish([deadLetterOf(message, error, groupId, attempts)]);
    options.onParked?.(message, error);
  }

  async function handle(message: IncomingMessage): Promise<void> {
    const failure = await attempt(message);
    if (failure) await park(message, failure.error, failure.attempts);
    await options.beforeOffsetCommit?.(message);
    await (await consumerReady).commit(message);
  }

  /** A fetch applied in one transaction when it can be; else message by message, as `handle` does. */
  async function handleBatch(messages: readonly IncomingMessage[]): Promise<void> {
    if (!(await appliedTogether(messages))) {
      for (const message of messages) {
        const failure = await attempt(message);
        if (failure) await park(message, failure.error, failure.attempts);
      }
    }
    for (const message of messages) await options.beforeOffsetCommit?.(message);
    await (await consumerReady).commit(messages[messages.length - 1]);
  }

  /** True once the decodable events are applied together and the undecodable ones parked. */
  async function appliedTogether(messages: readonly IncomingMessage[]): Promise<boolean> {
    const applyBatchOnce = 'applyOnce' in options ? options.applyBatchOnce : undefined;
    if (!applyBatchOnce) return false;
    const events: RecordedEvent[] = [];
    const undecodable: Array<[IncomingMessage, Error]> = [];
    for (const message of messages) {
      try {
        events.push(messageToEvent(message));
      } catch (error) {
        if (!(error instanceof UndecodableMessageError)) throw error;
        undecodable.push([message, error]);
      }
    }
    try {
      if (events.length > 0) await applyBatchOnce(events);
    } catch {
      return false;
    }
    for (const [message, error] of undecodable) await park(message, error, 0);
    return true;
  }

  async function attempt(message: IncomingMessage): Promise<{ error: Error; attempts: number } | undefined> {
    let event: RecordedEvent;
    try {
      event = messageToEvent(message);
    } catch (error) {
      // Retrying cannot make a foreign message readable.
      if (error instanceof UndecodableMessageError) return { error, attempts: 0 };
      throw error;
    }
    for (let attempts = 1; ; attempts += 1) {
      try {
        await applyOnce(event);
        return undefined;
      } catch (error) {
        if (attempts >= maxAttempts) return { error: error as Error, attempts };
        await sleep((options.retryDelayMs ?? 100) * attempts);
      }
    }
  }

  // `consume` ensures the dead-letter topics with the consumed ones: the bus reports a failure to get them as the group's.
  const consumer = await bus.consume({
    groupId,
    topics: options.topics,
    publishesTo: options.topics.map(deadLetterTopicOf),
    fromBeginning: true,
    handle,
    ...('applyOnce' in options && options.applyBatchOnce && { handleBatch }),
  });
  started(consumer);
  return {
    commit: (message) => consumer.commit(message),
    async stop() {
      await consumer.stop();
      await publisher.close();
    },
  };
}

async function processedOnce({ database, apply }: ProcessedMessagesEffect, groupId: string) {
  await createProcessedMessagesTable(database);
  return (event: RecordedEvent) =>
    database.transaction(async (tx) => {
      if (await markProcessed(tx, groupId, event)) await apply(event, tx);
    });
}
