import { type EventStore, type RecordedEvent, type Subscription, sealedStoreOf } from '@app/event-store';
import { Reaction } from '../reaction/reaction';
import { ReactionStore } from '../store/reaction-store';
import { ReactionFeed } from './reaction-feed';
import { reactionsOfBatch, readOnce } from './reactions-of-batch';

/** Events read at once when a reaction catches up on its own. */
const PAGE = 1000;

/**
 * Feeds reactions from the event store in this process, as the projection runner feeds
 * projections: one subscription to the log as stored (no personal field opened), whose
 * events are gathered and handed to every reaction as one batch, each recorded against the
 * reaction's own checkpoint in one transaction with the work it caused. A reaction the batch
 * finds elsewhere in the log (another process moved it) catches up alone. `onRecorded` wakes
 * whatever delivers the work.
 */
export class ReactionRunner implements ReactionFeed {
  private readonly log: EventStore;
  private subscription?: Subscription;
  private queue: Promise<unknown> = Promise.resolve();
  private buffered: RecordedEvent[] = [];
  private delivered: bigint | 'start' = 'start';
  private draining: Promise<void> = Promise.resolve();
  private failure?: Error;

  constructor(
    events: EventStore,
    private readonly store: ReactionStore,
    readonly reactions: readonly Reaction[],
    private readonly onRecorded: () => void = () => undefined,
  ) {
    this.log = sealedStoreOf(events);
  }

  /**
   * Catches every reaction up to the end of the log, then subscribes from the checkpoint
   * reached: the backlog is read once, and the subscription hands over only what follows it.
   * A new reaction starts at the end of the log, found once however many reactions are new.
   */
  async start(): Promise<void> {
    if (this.reactions.length === 0) return;
    let end: Promise<bigint | 'start'> | undefined;
    for (const reaction of this.reactions) await this.store.prepare(reaction.name, () => (end ??= endOfLog(this.log)));
    await this.catchUp();
    // Those appended to meanwhile find the first batch stale and catch up alone.
    this.delivered = await this.store.checkpointOf(this.reactions[0].name);
    const subscription = this.log.subscribeToAll({ fromPosition: this.delivered, handler: (event) => this.take(event) });
    subscription.done.catch((error: Error) => console.error(`reactions stopped: ${error.message}`));
    this.subscription = subscription;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
    await this.draining;
    await this.queue.catch(() => undefined);
  }

  /** Records what everything appended so far causes, for every reaction. */
  catchUp(): Promise<void> {
    return this.serially(async () => {
      for (const reaction of this.reactions) await this.catchUpOne(reaction);
    });
  }

  private take(event: RecordedEvent): Promise<void> | void {
    if (this.failure) throw this.failure;
    this.buffered.push(event);
    if (this.buffered.length === 1) {
      this.draining = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.serially(() => this.applyBuffered()));
    }
    if (this.buffered.length >= PAGE) return this.draining;
  }

  private async applyBuffered(): Promise<void> {
    const events = this.buffered.splice(0);
    if (events.length === 0) return;
    const after = this.delivered;
    this.delivered = events[events.length - 1].position;
    try {
      // One reader for all the reactions: a stream two of them need is read once for the batch.
      const log = readOnce(this.log);
      for (const reaction of this.reactions) {
        const outcome = await this.store.record(reaction.name, { after, events }, await reactionsOfBatch(reaction, events, log));
        if (outcome.stale) await this.catchUpOne(reaction);
        if (outcome.recorded > 0) this.onRecorded();
      }
    } catch (error) {
      this.failure = error as Error;
      console.error(`reactions stopped: ${this.failure.message}`);
    }
  }

  /** Pages through the log from the reaction's checkpoint until its end. */
  private async catchUpOne(reaction: Reaction): Promise<void> {
    for (;;) {
      const checkpoint = await this.store.checkpointOf(reaction.name);
      const page = await this.log.readAll({ ...(checkpoint !== 'start' && { fromPosition: checkpoint }), maxCount: PAGE + 1 });
      const events = page.filter((event) => event.position !== checkpoint);
      if (events.length === 0) return;
      const outcome = await this.store.record(reaction.name, { after: checkpoint, events }, await reactionsOfBatch(reaction, events, this.log));
      if (outcome.recorded > 0) this.onRecorded();
    }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(work);
    this.queue = next;
    return next;
  }
}

/** The last position of the log, or 'start' when it is empty: where a new reaction begins. */
export async function endOfLog(log: EventStore): Promise<bigint | 'start'> {
  let last: bigint | 'start' = 'start';
  for (;;) {
    const page = await log.readAll({ ...(last !== 'start' && { fromPosition: last }), maxCount: 5001 });
    const fresh = page.filter((event) => event.position !== last);
    if (fresh.length === 0) return last;
    last = fresh[fresh.length - 1].position;
  }
}
