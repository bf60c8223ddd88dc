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
   * Messages of one key keep their order within a call and across awaited calls.
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
   * Called for one message of a partition at a time, in offset order. Nothing is committed
   * on the handler's behalf: it calls `commit` once its effect is durable. A rejection
   * makes the consumer re-read the partition from its last committed offset.
   */
  handle(message: IncomingMessage): Promise<void>;
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
  createPublisher(): Promise<MessagePublisher>;
  /** Joins the group and starts delivering; resolves once the consumer runs. */
  consume(options: ConsumeOptions): Promise<MessageConsumer>;
  /** Creates missing topics (the broker may forbid auto-creation); existing ones stay as they are. */
  ensureTopics(topics: readonly string[]): Promise<void>;
  /** The offset the next message of each partition will get (the high-water mark). */
  endOffsets(topic: string): Promise<PartitionOffset[]>;
  /** The group's committed offset per partition; '-1' where it has none. */
  committedOffsets(groupId: string, topic: string): Promise<PartitionOffset[]>;
  close(): Promise<void>;
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
