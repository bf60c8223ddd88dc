import { type EventStore } from '@app/event-store';
import { IncomingMessage, MessageBus, MessageConsumer, consumerLagOf, keepStarting, sleep, startIdempotentConsumer } from '@app/messaging';
import { Projection } from '../projection';
import { catchUpProjections } from '../runner/catch-up';
import { ProjectionStore } from '../store';
import { ProjectionFeed } from './projection-feed';

export interface KafkaProjectionFeedOptions {
  bus: MessageBus;
  /** Read once, to fill a projection whose tables were just (re)created. */
  events: EventStore;
  store: ProjectionStore;
  projections: readonly Projection[];
  /** The consumer group, and the feed's name in the deliveries table. */
  groupId: string;
  topics: readonly string[];
  /** How long a query waits for the feed to reach the broker's end of each partition. */
  catchUpTimeoutMs?: number;
  maxAttempts?: number;
  onParked?(message: IncomingMessage, error: Error): void;
  /** Between the committed transaction and the offset commit: where a crash test strikes. */
  beforeOffsetCommit?(message: IncomingMessage): Promise<void> | void;
}

/**
 * Read models fed by the broker: each event is applied to every projection once, the
 * (stream, revision) delivery record in the same transaction as the rows, and the offset
 * is committed after it; what one fetch of a partition brings goes in one transaction. A
 * projection whose tables were just created (first start, new version) is first filled from
 * the log itself, since the group's offsets are past the events it needs; the deliveries that
 * follow are then the only writer.
 *
 * The consumer starts in the background (keepStarting) until it is in its group or the feed
 * stops: a service started before its broker answers queries and says it is not ready.
 */
export class KafkaProjectionFeed extends ProjectionFeed {
  private readonly stopping = new AbortController();
  /** The consumer once it is in its group; undefined when the feed stopped first. */
  private readonly consumer: Promise<MessageConsumer | undefined>;

  private constructor(
    private readonly options: KafkaProjectionFeedOptions,
    startConsumer: () => Promise<MessageConsumer>,
  ) {
    super();
    this.consumer = keepStarting(startConsumer, this.stopping.signal);
  }

  static async start(options: KafkaProjectionFeedOptions): Promise<KafkaProjectionFeed> {
    const created: Projection[] = [];
    for (const projection of options.projections) if (await options.store.prepare(projection)) created.push(projection);
    // One pass over the log, as stored, fills every projection just created.
    await catchUpProjections(options.events, options.store, created);
    const startConsumer = () => startIdempotentConsumer({
      bus: options.bus,
      groupId: options.groupId,
      topics: options.topics,
      maxAttempts: options.maxAttempts,
      // The broker carries events as stored, personal fields sealed, which is how read models keep them.
      applyOnce: async (event) => {
        await options.store.applyDelivered(options.groupId, options.projections, event);
      },
      // What one fetch of a partition brings, in one transaction.
      applyBatchOnce: async (events) => {
        await options.store.applyDeliveredBatch(options.groupId, options.projections, events);
      },
      onParked: options.onParked,
      beforeOffsetCommit: options.beforeOffsetCommit,
    });
    return new KafkaProjectionFeed(options, startConsumer);
  }

  /** Resolves once the consumer is in its group, or the feed has stopped. */
  async running(): Promise<void> {
    await this.consumer;
  }

  /**
   * Waits until the group has committed every partition's end offset as the broker reports
   * it now (whichever instance of the service handled it), or the timeout passes: a query
   * then reads what the broker held when it came, not what the relay has yet to publish.
   * With the broker out of reach the query reads the read models as they are.
   */
  async catchUp(): Promise<void> {
    const deadline = Date.now() + (this.options.catchUpTimeoutMs ?? 1000);
    // The admin client retries for a while against a broker that is down: the deadline wins.
    await Promise.race([this.waitForTheGroup(deadline).catch(() => undefined), sleep(Math.max(0, deadline - Date.now()))]);
  }

  private async waitForTheGroup(deadline: number): Promise<void> {
    const { bus, groupId, topics } = this.options;
    const ends = await Promise.all(topics.map((topic) => bus.endOffsets(topic)));
    const lagging = async () =>
      (await Promise.all(topics.map(async (topic, i) => consumerLagOf(ends[i], await bus.committedOffsets(groupId, topic))))).some((lag) => lag > 0);
    while ((await lagging()) && Date.now() < deadline) await sleep(25);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await (await this.consumer)?.stop();
  }
}
