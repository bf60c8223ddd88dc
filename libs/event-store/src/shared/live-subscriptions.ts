import { Subscription } from '../event-store';

/** The subscriptions a store has open, so closing the store first stops them cleanly. */
export class LiveSubscriptions {
  private readonly live = new Set<Subscription>();

  track(subscription: Subscription): Subscription {
    this.live.add(subscription);
    subscription.done.finally(() => this.live.delete(subscription)).catch(() => undefined);
    return subscription;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.live].map((subscription) => subscription.stop()));
  }
}
