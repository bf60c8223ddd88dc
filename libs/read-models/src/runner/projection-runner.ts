import type { EventStore, Subscription } from '@app/event-store';
import { Projection } from '../projection';
import { ProjectionFeed } from '../feed/projection-feed';
import { ProjectionStore } from '../store';
import { catchUpProjection } from './catch-up';

/** Told how many events were just applied (or skipped past) during a catch-up or rebuild. */
export type ProgressListener = (events: number) => void;

/**
 * Feeds projections from the event store in this process: one subscription per projection
 * from its checkpoint, and `catchUp` for a query that must read its own writes. Work on one
 * projection runs one piece at a time; the store's checkpoint check makes a repeated or
 * out-of-date batch harmless anyway.
 */
export class ProjectionRunner extends ProjectionFeed {
  private readonly subscriptions: Subscription[] = [];
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly events: EventStore,
    private readonly store: ProjectionStore,
    readonly projections: readonly Projection[],
  ) {
    super();
  }

  async start(): Promise<void> {
    for (const projection of this.projections) {
      await this.store.prepare(projection);
      this.subscriptions.push(await this.follow(projection));
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.splice(0).map((subscription) => subscription.stop()));
    await Promise.all([...this.queues.values()].map((work) => work.catch(() => undefined)));
  }

  /** Applies everything appended so far, for each projection named (all by default). */
  async catchUp(...names: string[]): Promise<void> {
    await Promise.all(this.named(names).map((p) => this.serially(p, () => catchUpProjection(this.events, this.store, p))));
  }

  /** Empties the projection and replays the log from the start. */
  rebuild(name: string, onProgress?: ProgressListener): Promise<void> {
    const [projection] = this.named([name]);
    return this.serially(projection, async () => {
      await this.store.prepare(projection);
      await this.store.reset(projection);
      await catchUpProjection(this.events, this.store, projection, onProgress);
    });
  }

  private async follow(projection: Projection): Promise<Subscription> {
    let after: bigint | 'start' = (await this.store.checkpointOf(projection.name)) ?? 'start';
    const subscription = this.events.subscribeToAll({
      fromPosition: after,
      handler: (event) =>
        this.serially(projection, async () => {
          const outcome = await this.store.applyBatch(projection, { after, events: [event] });
          after = event.position;
          // Someone else moved the checkpoint (a rebuild, another process): resume from it.
          if (outcome.stale) await catchUpProjection(this.events, this.store, projection);
        }),
    });
    subscription.done.catch((error: Error) => console.error(`projection ${projection.name} stopped: ${error.message}`));
    return subscription;
  }

  private serially<T>(projection: Projection, work: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(projection.name) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.queues.set(projection.name, next);
    return next;
  }

  private named(names: string[]): readonly Projection[] {
    if (names.length === 0) return this.projections;
    return names.map((name) => {
      const projection = this.projections.find((p) => p.name === name);
      if (!projection) throw new Error(`no projection ${name}; known: ${this.projections.map((p) => p.name).join(', ')}`);
      return projection;
    });
  }
}
