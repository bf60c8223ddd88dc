/**
 * The only file that knows kafkajs. kafkajs is no longer maintained: replacing the client
 * means writing this file again against the port in `../port`, nothing else.
 */
import { Admin, Consumer, IHeaders, Kafka, KafkaMessage, logLevel, Partitioners, Producer } from 'kafkajs';
import {
  ConsumeOptions,
  IncomingMessage,
  MessageBus,
  MessageConsumer,
  MessageHeaders,
  MessagePublisher,
  OutgoingMessage,
  PartitionOffset,
  nextOffset,
} from '../port';

export interface KafkaJsBusOptions {
  brokers: readonly string[];
  clientId: string;
  /** Partitions of the topics this bus creates; the unit of consumer scale-out. */
  partitions?: number;
  /** kafkajs's own log, as JSON lines on stderr; 'error' by default. */
  logLevel?: 'nothing' | 'error' | 'warn' | 'info';
}

const LOG_LEVELS = { nothing: logLevel.NOTHING, error: logLevel.ERROR, warn: logLevel.WARN, info: logLevel.INFO };

const ACKS_ALL = -1;
const TOPIC_ALREADY_EXISTS = 'TOPIC_ALREADY_EXISTS';

export function createKafkaJsBus(options: KafkaJsBusOptions): MessageBus {
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    logLevel: LOG_LEVELS[options.logLevel ?? 'error'],
    // Straight to stderr: the default console logger is decorated (and buffered) by test runners.
    logCreator: () => ({ namespace, level, log }) =>
      process.stderr.write(`${JSON.stringify({ level: logLevel[level], component: `kafkajs:${namespace}`, ...log })}\n`),
    // Retries ride out a broker restart (about a minute) instead of failing the relay.
    retry: { retries: 10, initialRetryTime: 200, maxRetryTime: 5000 },
  });
  const adminClient = kafka.admin();
  let adminConnected: Promise<Admin> | undefined;
  // A failed connection is forgotten, so the next call tries again once the broker is back.
  const connectedAdmin = () =>
    (adminConnected ??= adminClient.connect().then(
      () => adminClient,
      (error: Error) => {
        adminConnected = undefined;
        throw error;
      },
    ));
  const partitions = options.partitions ?? 3;

  async function ensureTopics(topics: readonly string[]): Promise<void> {
    const client = await connectedAdmin();
    const existing = new Set(await client.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    try {
      await client.createTopics({ topics: missing.map((topic) => ({ topic, numPartitions: partitions })) });
    } catch (error) {
      // Another process created one of them meanwhile: that is the outcome we wanted.
      if (!isTopicAlreadyExists(error)) throw error;
    }
  }

  return {
    async createPublisher() {
      // Idempotent with one request in flight: a retried send is neither duplicated nor
      // reordered by the broker, and acks=all makes the acknowledgement durable.
      const producer = kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      return publisherOver(producer);
    },
    async consume(consumeOptions) {
      await ensureTopics(consumeOptions.topics);
      const consumer = kafka.consumer({ groupId: consumeOptions.groupId });
      await consumer.connect();
      await consumer.subscribe({ topics: [...consumeOptions.topics], fromBeginning: consumeOptions.fromBeginning ?? true });
      return startConsumer(consumer, consumeOptions, partitions);
    },
    ensureTopics,
    async endOffsets(topic) {
      const offsets = await (await connectedAdmin()).fetchTopicOffsets(topic);
      return offsets.map(({ partition, high }) => ({ partition, offset: high }));
    },
    async committedOffsets(groupId, topic): Promise<PartitionOffset[]> {
      const [committed] = await (await connectedAdmin()).fetchOffsets({ groupId, topics: [topic] });
      return committed.partitions.map(({ partition, offset }) => ({ partition, offset }));
    },
    async close() {
      if (adminConnected) await adminClient.disconnect();
    },
  };
}

function publisherOver(producer: Producer): MessagePublisher {
  return {
    async publish(messages: readonly OutgoingMessage[]) {
      if (messages.length === 0) return;
      const byTopic = new Map<string, OutgoingMessage[]>();
      for (const message of messages) byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
      await producer.sendBatch({
        acks: ACKS_ALL,
        topicMessages: [...byTopic].map(([topic, batch]) => ({
          topic,
          messages: batch.map(({ key, value, headers }) => ({ key, value, headers })),
        })),
      });
    },
    close: () => producer.disconnect(),
  };
}

/**
 * Offsets the handler has released are committed together every COMMIT_INTERVAL_MS and on
 * stop, instead of one broker round trip per message: a crash redelivers at most that
 * interval's messages, which an idempotent handler skips anyway. Partitions are consumed
 * side by side, each one message at a time in offset order.
 */
const COMMIT_INTERVAL_MS = 100;

async function startConsumer(consumer: Consumer, options: ConsumeOptions, partitions: number): Promise<MessageConsumer> {
  const released = new Map<string, { topic: string; partition: number; offset: string }>();
  let timer: NodeJS.Timeout | undefined;
  let committing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    timer = undefined;
    const offsets = [...released.values()];
    released.clear();
    // A commit refused (a rebalance took the partition) only means those messages come again.
    if (offsets.length) committing = committing.then(() => consumer.commitOffsets(offsets)).catch(() => undefined);
    return committing;
  };
  await consumer.run({
    autoCommit: false,
    partitionsConsumedConcurrently: partitions,
    eachMessage: ({ topic, partition, message }) => options.handle(incoming(topic, partition, message)),
  });
  return {
    async commit({ topic, partition, offset }: IncomingMessage) {
      released.set(`${topic}:${partition}`, { topic, partition, offset: nextOffset(offset) });
      timer ??= setTimeout(() => void flush(), COMMIT_INTERVAL_MS);
    },
    async stop() {
      clearTimeout(timer);
      await consumer.stop();
      await flush();
      await consumer.disconnect();
    },
  };
}

function incoming(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? null,
    value: message.value ?? Buffer.alloc(0),
    headers: textHeaders(message.headers ?? {}),
  };
}

function textHeaders(headers: IHeaders): MessageHeaders {
  const text: MessageHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const single = Array.isArray(value) ? value[value.length - 1] : value;
    if (single !== undefined) text[name] = single.toString();
  }
  return text;
}

function isTopicAlreadyExists(error: unknown): boolean {
  const { type, errors } = error as { type?: string; errors?: { type?: string }[] };
  return type === TOPIC_ALREADY_EXISTS || (errors ?? []).every((e) => e.type === TOPIC_ALREADY_EXISTS);
}
