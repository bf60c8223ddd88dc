import { type EventStore, type RecordedEvent, sealedStoreOf } from '@app/event-store';
import { IncomingMessage, MessageBus, MessageConsumer, keepStarting, startIdempotentConsumer } from '@app/messaging';
import { Reaction } from '../reaction/reaction';
import { DeliveredTo, ReactionStore } from '../store/reaction-store';
import { ReactionFeed } from './reaction-feed';
import { endOfLog } from './reaction-runner';
import { reactionsOfBatch, readOnce } from './reactions-of-batch';

export interface KafkaReactionFeedOptions {
  bus: MessageBus;
  /** Read for the reactions' context (an agreement's stream up to the event) and, at first start, for the end of the log. */
  events: EventStore;
  store: ReactionStore;
  reactions: readonly Reaction[];
  /** The consumer group, and the feed's name in the deliveries table. */
  groupId: string;
  topics: readonly string[];
  /** Wakes whatever delivers the work. */
  onRecorded?(): void;
  maxAttempts?: number;
  onParked?(message: IncomingMessage, error: Error): void;
  /** Between the committed transaction and the offset commit: where a crash test strikes. */
  beforeOffsetCommit?(message: IncomingMessage): Promise<void> | void;
}

/**
 * Reactions fed by the broker (the reactions service). Each fetch of a partition is turned
 * into work by the same reactions as in the all-in-one ledger, and recorded with the
 * (stream, revision) delivery record of each event in one transaction of the reaction store,
 * before the offset is committed: a redelivery, a replay of the topics from offset 0 or a
 * second consumer records nothing new, even for work an erasure deleted or a due check
 * settled since. Per-stream order holds (messages are keyed by stream id); across streams
 * there is none, and none is needed: a reaction's context is read from the store as of the
 * event's revision, whatever arrived before it.
 *
 * A reaction's checkpoint is where it starts: at its first start, the end of the log (as the
 * in-process runner does), so that a reactions service added to a deployment with a history
 * does not write to everyone about the past while its new consumer group reads the topics
 * from the beginning. Events at or before it cause nothing for that reaction. It never moves:
 * partitions have no single order to move it along, and the delivery records do its work.
 *
 * The consumer starts in the background (keepStarting) until it is in its group or the feed
 * stops: a service started before its broker stays up and says it is not ready.
 */
export class KafkaReactionFeed implements ReactionFeed {
  private readonly log: EventStore;
  private readonly stopping = new AbortController();
  private readonly startsAt = new Map<string, bigint | 'start'>();
  /** The consumer once it is in its group; undefined when the feed stopped first. */
  private consumer: Promise<MessageConsumer | undefined> = Promise.resolve(undefined);

  constructor(private readonly options: KafkaReactionFeedOptions) {
    // The broker carries events as stored, personal fields sealed: the context reads them the same way.
    this.log = sealedStoreOf(options.events);
  }

  async start(): Promise<void> {
    const { store, reactions } = this.options;
    let end: Promise<bigint | 'start'> | undefined;
    for (const reaction of reactions) await store.prepare(reaction.name, () => (end ??= endOfLog(this.log)));
    for (const reaction of reactions) this.startsAt.set(reaction.name, await store.checkpointOf(reaction.name));
    this.consumer = keepStarting(() => this.startConsumer(), this.stopping.signal);
  }

  /** Resolves once the consumer is in its group, or the feed has stopped. */
  async running(): Promise<void> {
    await this.consumer;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await (await this.consumer)?.stop();
  }

  /** What the events cause for each reaction past its start, recorded with their delivery. */
  private async record(events: readonly RecordedEvent[]): Promise<void> {
    const to: DeliveredTo[] = [];
    // One reader for all the reactions: a stream two of them need is read once for the fetch.
    const log = readOnce(this.log);
    for (const reaction of this.options.reactions) {
      const from = this.startsAt.get(reaction.name)!;
      const fresh = from === 'start' ? events : events.filter((event) => event.position > from);
      to.push({ reaction: reaction.name, reactionsOf: await reactionsOfBatch(reaction, fresh, log) });
    }
    const { recorded } = await this.options.store.recordDelivered(this.options.groupId, events, to);
    if (recorded > 0) this.options.onRecorded?.();
  }

  private startConsumer(): Promise<MessageConsumer> {
    const { bus, groupId, topics, maxAttempts, onParked, beforeOffsetCommit } = this.options;
    return startIdempotentConsumer({
      bus,
      groupId,
      topics,
      maxAttempts,
      applyOnce: (event) => this.record([event]),
      // What one fetch of a partition brings, in one transaction; the streams it names are read once.
      applyBatchOnce: (events) => this.record(events),
      onParked,
      beforeOffsetCommit,
    });
  }
}
