import { type EventStore, type RecordedEvent, type Subscription, sealedStoreOf } from '@app/event-store';
import { Projection } from '../projection';
import { ProjectionFeed } from '../feed/projection-feed';
import { ProjectionStore } from '../store';
import { catchUpProjections } from './catch-up';

/** Told how many events were just applied (or skipped past) during a catch-up or rebuild. */
export type ProgressListener = (events: number) => void;

/** Events the subscription may hand over before it waits for them to be applied. */
const MAX_BUFFERED = 5000;

/**
 * Feeds projections from the event store in this process: one subscription to the log, as
 * stored (personal fields sealed: nothing is decrypted for projections), whose events are
 * gathered and applied to every projection at once, one transaction for what arrived while
 * the previous one ran; and `catchUp` for a query that must read its own writes. The runner's
 * work runs one piece at a time; the store's checkpoint check makes a repeated or out-of-date
 * batch harmless anyway, and a projection found elsewhere in the log catches up by itself.
 */
export class ProjectionRunner extends ProjectionFeed {
  private readonly log: EventStore;
  private subscription?: Subscription;
  private queue: Promise<unknown> = Promise.resolve();
  /** Delivered by the subscription, not applied yet, and the position they follow. */
  private buffered: RecordedEvent[] = [];
  private delivered: bigint | 'start' = 'start';
  private draining: Promise<void> = Promise.resolve();
  private failure?: Error;

  constructor(
    events: EventStore,
    private readonly store: ProjectionStore,
    readonly projections: readonly Projection[],
  ) {
    super();
    this.log = sealedStoreOf(events);
  }

  async start(): Promise<void> {
    const checkpoints: (bigint | 'start')[] = [];
    for (const projection of this.projections) {
      await this.store.prepare(projection);
      checkpoints.push((await this.store.checkpointOf(projection.name)) ?? 'start');
    }
    if (this.projections.length === 0) return;
    // From where most projections are: the others find the first batch stale and catch up alone.
    this.delivered = mostCommon(checkpoints);
    const subscription = this.log.subscribeToAll({ fromPosition: this.delivered, handler: (event) => this.take(event) });
    subscription.done.catch((error: Error) => console.error(`projections ${this.names()} stopped: ${error.message}`));
    this.subscription = subscription;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
    await this.draining;
    await this.queue.catch(() => undefined);
  }

  /** Applies everything appended so far, for each projection named (all by default). */
  async catchUp(...names: string[]): Promise<void> {
    const projections = this.named(names);
    await this.serially(() => catchUpProjections(this.log, this.store, projections));
  }

  /** Empties the projections named (one name or several) and replays the log from the start, once for all of them. */
  rebuild(names: string | readonly string[], onProgress?: ProgressListener): Promise<void> {
    const projections = this.named(typeof names === 'string' ? [names] : [...names]);
    return this.serially(async () => {
      for (const projection of projections) {
        await this.store.prepare(projection);
        await this.store.reset(projection);
      }
      await catchUpProjections(this.log, this.store, projections, onProgress);
    });
  }

  /** The subscription's handler: gathers the event; waits only when too many are waiting already. */
  private take(event: RecordedEvent): Promise<void> | void {
    // A batch that failed ends the subscription, as the handler's own error would.
    if (this.failure) throw this.failure;
    this.buffered.push(event);
    if (this.buffered.length === 1) {
      // After the subscription has handed over what it read in one go: one batch, one transaction.
      this.draining = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.serially(() => this.applyBuffered()));
    }
    if (this.buffered.length >= MAX_BUFFERED) return this.draining;
  }

  private async applyBuffered(): Promise<void> {
    const events = this.buffered.splice(0);
    if (events.length === 0) return;
    const after = this.delivered;
    this.delivered = events[events.length - 1].position;
    try {
      const outcomes = await this.store.applyBatchToEach(this.projections, { after, events });
      // Someone else moved these checkpoints (a rebuild, a catch-up, another process): they resume from there.
      const stale = this.projections.filter((_, i) => outcomes[i].stale);
      if (stale.length > 0) await catchUpProjections(this.log, this.store, stale);
    } catch (error) {
      this.failure = error as Error;
      console.error(`projections ${this.names()} stopped: ${this.failure.message}`);
    }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(work);
    this.queue = next;
    return next;
  }

  private named(names: string[]): readonly Projection[] {
    if (names.length === 0) return this.projections;
    return names.map((name) => {
      const projection = this.projections.find((p) => p.name === name);
      if (!projection) throw new Error(`no projection ${name}; known: ${this.names()}`);
      return projection;
    });
  }

  private names(): string {
    return this.projections.map((p) => p.name).join(', ');
  }
}

/** The checkpoint most projections share (compared for equality only). */
function mostCommon(checkpoints: readonly (bigint | 'start')[]): bigint | 'start' {
  const counts = new Map<bigint | 'start', number>();
  for (const checkpoint of checkpoints) counts.set(checkpoint, (counts.get(checkpoint) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
