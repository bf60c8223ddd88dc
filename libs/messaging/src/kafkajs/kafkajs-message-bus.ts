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
  TopicsNotReadyError,
  nextOffset,
} from '../port';
import { sleep } from '../sleep';
import { GroupStatus, follow, untilJoined } from './group-status';
import { unreadyPartitions } from './topic-readiness';

export interface KafkaJsBusOptions {
  brokers: readonly string[];
  clientId: string;
  /** Partitions of the topics this bus creates; the unit of consumer scale-out. */
  partitions?: number;
  /** kafkajs's own log, as JSON lines on stderr; 'error' by default. */
  logLevel?: 'nothing' | 'error' | 'warn' | 'info';
  /** How long `ensureTopics`, and so `consume`, waits for its topics to be led and hosted; 30 s by default. */
  topicsReadyTimeoutMs?: number;
  /**
   * How long `consume` then waits for its consumer to join the group, through the crashes kafkajs
   * restarts from (a new broker's coordinator loading its offsets); 60 s by default.
   */
  groupJoinTimeoutMs?: number;
  /**
   * How long the group waits for a silent member before its partitions go to another; kafkajs's
   * 30 s by default. A process killed outright holds its partitions that long.
   */
  sessionTimeoutMs?: number;
}

/** A heartbeat a tenth of the session, as kafkajs's own defaults (3 s in 30 s). */
const sessionOf = (sessionTimeoutMs?: number) =>
  sessionTimeoutMs === undefined ? {} : { sessionTimeout: sessionTimeoutMs, heartbeatInterval: Math.max(100, Math.floor(sessionTimeoutMs / 10)) };

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
  const topicsReadyTimeoutMs = options.topicsReadyTimeoutMs ?? 30_000;
  const groupJoinTimeoutMs = options.groupJoinTimeoutMs ?? 60_000;
  /** The groups of this bus's consumers, from `consume` until their consumer stops: what `ready` reports on. */
  const groups = new Map<string, GroupStatus>();

  async function ensureTopics(topics: readonly string[]): Promise<void> {
    const wanted = [...new Set(topics)];
    if (wanted.length === 0) return;
    const started = Date.now();
    const deadline = started + topicsReadyTimeoutMs;
    let reasons = ['no answer from the broker'];
    try {
      const client = await beforeDeadline(connectedAdmin(), deadline);
      await beforeDeadline(createMissing(client, wanted), deadline);
      for (let pause = 25; ; pause = Math.min(2 * pause, 500)) {
        reasons = await beforeDeadline(whyNotReady(client, wanted), deadline);
        if (reasons.length === 0) return;
        // Give up only once the deadline has passed, not a pause before it: what the error says it waited, it did.
        const left = deadline - Date.now();
        if (left <= 0) throw new DeadlinePassed();
        await sleep(Math.min(pause, left));
      }
    } catch (error) {
      const why = error instanceof DeadlinePassed ? reasons : [(error as Error).message];
      throw new TopicsNotReadyError(wanted, Date.now() - started, why);
    }
  }

  async function createMissing(client: Admin, wanted: readonly string[]): Promise<void> {
    const existing = new Set(await client.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    try {
      // kafkajs's own wait (waitForLeaders) asks one broker once and fails when that broker
      // does not know the topic yet; whyNotReady waits instead.
      await client.createTopics({ topics: missing.map((topic) => ({ topic, numPartitions: partitions })), waitForLeaders: false });
    } catch (error) {
      // Another process created one of them meanwhile: that is the outcome we wanted.
      if (!isTopicAlreadyExists(error)) throw error;
    }
  }

  /**
   * Empty once the topics can be used; otherwise what is missing. The controller answers a
   * creation before the brokers have applied it: for a while a broker's metadata does not
   * know the topic (UNKNOWN_TOPIC_OR_PARTITION), then names a leader that does not lead the
   * partition yet (NOT_LEADER_OR_FOLLOWER). So the metadata is read from a broker, and each
   * leader is asked for its partitions' offsets, as a consumer joining the group will.
   */
  async function whyNotReady(client: Admin, wanted: readonly string[]): Promise<string[]> {
    try {
      const { topics } = await client.fetchTopicMetadata({ topics: [...wanted] });
      const unready = unreadyPartitions(wanted, topics);
      if (unready.length > 0) return unready;
      await Promise.all(wanted.map((topic) => client.fetchTopicOffsets(topic)));
      return [];
    } catch (error) {
      return [(error as Error).message];
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
      return publisherOver(producer);
    },
    async consume(consumeOptions) {
      const { groupId, topics } = consumeOptions;
      const group: GroupStatus = { inGroup: false, why: 'starting' };
      groups.set(groupId, group);
      let consumer: Consumer | undefined;
      try {
        await ensureTopics([...topics, ...(consumeOptions.publishesTo ?? [])]);
        consumer = kafka.consumer({ groupId, ...sessionOf(options.sessionTimeoutMs) });
        follow(consumer, group);
        await consumer.connect();
        await consumer.subscribe({ topics: [...topics], fromBeginning: consumeOptions.fromBeginning ?? true });
        const running = await startConsumer(consumer, consumeOptions, partitions);
        // kafkajs's run also resolves after a crash while joining, and restarts the consumer on a
        // retriable one (a new broker's group coordinator still loading its offsets topic).
        await untilJoined(group, Date.now() + groupJoinTimeoutMs).catch(async (error: Error) => {
          await running.stop().catch(() => undefined);
          throw new Error(`consumer group ${groupId} did not join: ${error.message}`);
        });
        return {
          commit: running.commit,
          async stop() {
            if (groups.get(groupId) === group) groups.delete(groupId);
            await running.stop();
          },
        };
      } catch (error) {
        Object.assign(group, { inGroup: false, why: `failed to start: ${(error as Error).message}` });
        await consumer?.disconnect().catch(() => undefined);
        throw error;
      }
    },
    ensureTopics,
    async ready() {
      const waiting = [...groups].filter(([, group]) => !group.inGroup).map(([groupId, { why }]) => `consumer group ${groupId}: ${why}`);
      if (waiting.length > 0) throw new Error(waiting.join('; '));
      await (await connectedAdmin()).describeCluster();
    },
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
  let connected: Promise<void> | undefined;
  // A service starts before the broker is there: its first publish connects, and a failed connection is tried again by the next.
  const connect = () =>
    (connected ??= producer.connect().catch((error: Error) => {
      connected = undefined;
      throw error;
    }));
  return {
    async publish(messages: readonly OutgoingMessage[]) {
      if (messages.length === 0) return;
      await connect();
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
    async close() {
      if (connected) await producer.disconnect();
    },
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
  const { handleBatch } = options;
  await consumer.run({
    autoCommit: false,
    partitionsConsumedConcurrently: partitions,
    ...(handleBatch
      ? {
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
            // A rebalance or a stop while the fetch waited: the partition's new owner reads it.
            if (batch.messages.length === 0 || !isRunning() || isStale()) return;
            await handleBatch(batch.messages.map((message) => incoming(batch.topic, batch.partition, message)));
            resolveOffset(batch.messages[batch.messages.length - 1].offset);
            await heartbeat();
          },
        }
      : { eachMessage: ({ topic, partition, message }) => options.handle(incoming(topic, partition, message)) }),
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

class DeadlinePassed extends Error {}

/** `work`, or a DeadlinePassed rejection once `deadline` (epoch ms) comes first; `work` goes on unobserved. */
function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const passed = new Promise<never>((_, reject) => {
    // A timer may fire a millisecond before the wall clock reaches the deadline: wait out the rest,
    // so that a deadline said to be passed is passed by the clock that reports it.
    const untilDeadline = () => {
      const left = deadline - Date.now();
      if (left > 0) timer = setTimeout(untilDeadline, left);
      else reject(new DeadlinePassed());
    };
    timer = setTimeout(untilDeadline, Math.max(0, deadline - Date.now()));
  });
  work.catch(() => undefined);
  return Promise.race([work, passed]).finally(() => clearTimeout(timer));
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
  // Without a list of per-topic errors there is nothing to check: `[].every` would say yes to any error.
  return type === TOPIC_ALREADY_EXISTS || (Array.isArray(errors) && errors.length > 0 && errors.every((e) => e.type === TOPIC_ALREADY_EXISTS));
}
