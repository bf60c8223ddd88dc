import { randomUUID } from 'node:crypto';
import { EventStore, RecordedEvent } from '@app/event-store';
import { messageToEvent } from '../events';
import { createKafkaJsBus } from '../kafkajs';
import { IncomingMessage, MessageBus, MessageConsumer } from '../port';

/** The broker `npm run kafka:start` runs; KAFKA_BROKERS points elsewhere. */
export const TEST_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** Topics of their own per test: runs share one broker and never read each other's messages. */
export const TEST_KAFKA = { brokers: TEST_BROKERS, partitions: 3, logLevel: 'nothing' as const };

export function uniqueTopicPrefix(): string {
  return `t${randomUUID().slice(0, 8)}.`;
}

export function testBus(clientId = 'kafka-spec'): MessageBus {
  // Rebalances and leave-group races are routine in tests; failures surface as rejections.
  return createKafkaJsBus({ brokers: TEST_BROKERS, clientId, partitions: 3, logLevel: 'nothing' });
}

/** Reads every message of `topics` into `received`, committing as it goes. */
export async function collectMessages(
  bus: MessageBus,
  topics: readonly string[],
): Promise<{ received: IncomingMessage[]; consumer: MessageConsumer }> {
  const received: IncomingMessage[] = [];
  let started!: (consumer: MessageConsumer) => void;
  const ready = new Promise<MessageConsumer>((resolve) => (started = resolve));
  const consumer = await bus.consume({
    groupId: `collector-${randomUUID()}`,
    topics,
    handle: async (message) => {
      received.push(message);
      await (await ready).commit(message);
    },
  });
  started(consumer);
  return { received, consumer };
}

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Revisions received per stream, in the order they arrived. */
export function revisionsByStream(messages: readonly IncomingMessage[]): Map<string, number[]> {
  const streams = new Map<string, number[]>();
  for (const event of messages.map(messageToEvent)) {
    streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), Number(event.revision)]);
  }
  return streams;
}

/** Appends `eventsPerWriter` single-event appends from each writer, all writers at once. */
export async function appendConcurrently(
  writers: readonly EventStore[],
  eventsPerWriter: number,
  streamOf: (writer: number, n: number) => string,
): Promise<void> {
  await Promise.all(
    writers.map(async (store, w) => {
      for (let n = 0; n < eventsPerWriter; n += 1) {
        await store.appendToStream(streamOf(w, n), [{ type: 'TestEventHappened', data: { writer: w, n } }], {
          expectedRevision: 'any',
        });
      }
    }),
  );
}

export function expectedRevisions(log: readonly RecordedEvent[]): Map<string, number[]> {
  const streams = new Map<string, number[]>();
  for (const event of log) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), Number(event.revision)]);
  return streams;
}
