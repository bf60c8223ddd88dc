/**
 * The messaging port. Everything above it speaks in these terms; one adapter file maps
 * them to a client library (kafkajs today, which is no longer maintained), so another
 * client replaces it without touching the relay or the consumers.
 */
export type MessageHeaders = Record<string, string>;

export interface OutgoingMessage {
  topic: string;
  /** Messages with one key land on one partition, in the order they were published. */
  key: string;
  value: Buffer | string;
  headers: MessageHeaders;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  /** Decimal string: offsets outgrow a JS number on long-lived topics. */
  offset: string;
  key: string | null;
  value: Buffer;
  headers: MessageHeaders;
}

export interface MessagePublisher {
  /**
   * Resolves once every replica in sync has acknowledged every message (acks=all), so a
   * caller may record progress after it; rejects when any message was not acknowledged.
   * Messages of one key keep their order within a call and across awaited calls. The
   * topics must have been ensured (`ensureTopics`) by this process or another.
   */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}

export interface ConsumeOptions {
  groupId: string;
  topics: readonly string[];
  /** Where a group without a committed offset starts; the start of each topic by default. */
  fromBeginning?: boolean;
  /**
   * Topics the handler publishes to (its dead-letter topics): ensured with the consumed
   * ones before the consumer joins, so a failure to get them is a failure to start.
   */
  publishesTo?: readonly string[];
  /**
   * Called for one message of a partition at a time, in offset order. Nothing is committed
   * on the handler's behalf: it calls `commit` once its effect is durable. A rejection
   * makes the consumer re-read the partition from its last committed offset.
   */
  handle(message: IncomingMessage): Promise<void>;
  /**
   * When given, called instead of `handle` with what one fetch brought of a partition, in
   * offset order, so that the handler can apply it at once (one transaction). The same rules
   * hold: nothing is committed on its behalf, and a rejection re-reads the partition from its
   * last committed offset.
   */
  handleBatch?(messages: readonly IncomingMessage[]): Promise<void>;
}

export interface MessageConsumer {
  /**
   * Releases the offset after `message` (offset + 1): the group resumes past it. The
   * adapter may gather released offsets and commit them a moment later (and on `stop`), so
   * a crash can redeliver a few handled messages: handlers must be idempotent.
   */
  commit(message: IncomingMessage): Promise<void>;
  /** Leaves the group; resolves once the message in flight, if any, has been handled. */
  stop(): Promise<void>;
}

export interface PartitionOffset {
  partition: number;
  offset: string;
}

export interface MessageBus {
  /** Makes no round trip: the first `publish` connects, and connects again after a failure. */
  createPublisher(): Promise<MessagePublisher>;
  /**
   * Ensures the topics (consumed and `publishesTo`), joins the group and starts delivering;
   * resolves once the consumer is in its group, rejects when it could not get there. The
   * bus remembers the group until its consumer stops: `ready` reports it while it is not
   * in its group (starting, rejoining after a crash, or failed to start).
   */
  consume(options: ConsumeOptions): Promise<MessageConsumer>;
  /**
   * Creates missing topics (the broker may forbid auto-creation; existing ones stay as they
   * are), then waits until the broker's metadata gives every partition of every topic a
   * leader in sync and each leader answers for its partitions: a topic the controller has
   * just created is not yet hosted by its broker. Bounded: rejects with a
   * `TopicsNotReadyError` naming the topics when the deadline passes first.
   */
  ensureTopics(topics: readonly string[]): Promise<void>;
  /**
   * The readiness probe: resolves when every consumer of this bus is in its group and the
   * broker answers; rejects saying which consumer is not, or why the broker does not.
   * Unbounded while the client retries a broker out of reach: the caller sets the deadline.
   */
  ready(): Promise<void>;
  /** The offset the next message of each partition will get (the high-water mark). */
  endOffsets(topic: string): Promise<PartitionOffset[]>;
  /** The group's committed offset per partition; '-1' where it has none. */
  committedOffsets(groupId: string, topic: string): Promise<PartitionOffset[]>;
  close(): Promise<void>;
}

/** `ensureTopics` could not make the topics usable: its deadline passed first, or the broker refused them. */
export class TopicsNotReadyError extends Error {
  constructor(
    readonly topics: readonly string[],
    readonly waitedMs: number,
    readonly reasons: readonly string[],
  ) {
    super(`Kafka topics not ready after ${waitedMs} ms: ${topics.join(', ')}${reasons.length ? ` (${reasons.join('; ')})` : ''}`);
    this.name = 'TopicsNotReadyError';
  }
}

/** The offset a group commits after handling `offset`: Kafka stores the next one to read. */
export function nextOffset(offset: string): string {
  return (BigInt(offset) + 1n).toString();
}

/**
 * Messages of a topic the group has not committed yet: per partition, the end offset minus
 * the committed one. A partition without a commit counts from 0, as a group that starts at
 * the beginning of the topic (the consumers' default) would read it.
 */
export function consumerLagOf(ends: readonly PartitionOffset[], committed: readonly PartitionOffset[]): number {
  const done = new Map(committed.map(({ partition, offset }) => [partition, BigInt(offset)]));
  let lag = 0n;
  for (const { partition, offset } of ends) {
    const end = BigInt(offset);
    const next = done.get(partition) ?? -1n;
    lag += next < 0n ? end : end > next ? end - next : 0n;
  }
  return Number(lag);
}
