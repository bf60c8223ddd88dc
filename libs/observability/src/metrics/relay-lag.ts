import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { InjectMetricsRegistry, gaugeOnScrape, sharedRead } from './metrics-registry';

export interface RelayLag {
  /** Events after the checkpoint, counted up to the page size read. */
  events: number;
  /** Age of the oldest event not yet relayed; 0 when none is waiting. */
  seconds: number;
}

/**
 * The lag from a page of the log read from the checkpoint. The page starts with the
 * checkpoint's own event (readAll is inclusive), dropped by equality: positions are opaque
 * and never compared for order, as in the relay itself.
 */
export function relayLagOf(
  page: readonly Pick<RecordedEvent, 'position' | 'recordedAt'>[],
  checkpoint: bigint | null,
  now: Date,
): RelayLag {
  const waiting = page.filter((event) => event.position !== checkpoint);
  const oldest = waiting[0];
  return { events: waiting.length, seconds: oldest ? Math.max(0, (now.getTime() - oldest.recordedAt.getTime()) / 1000) : 0 };
}

/**
 * Counting rather than subtracting positions: on PostgreSQL positions have gaps and commit
 * out of order, and KurrentDB's are byte offsets. The count stops at `limit`, so a relay far
 * behind reads one page per scrape, and its lag in seconds still tells how far.
 */
export async function readRelayLag(store: EventStore, checkpoint: bigint | null, limit = 10_000): Promise<RelayLag> {
  const page = await store.readAll({ ...(checkpoint !== null && { fromPosition: checkpoint }), maxCount: limit + 1 });
  const lag = relayLagOf(page, checkpoint, new Date());
  return { ...lag, events: Math.min(lag.events, limit) };
}

export interface WatchedRelay {
  relay: string;
  store: EventStore;
  /** The relay's last acknowledged position, read afresh at each scrape. */
  checkpoint(): Promise<bigint | null>;
}

/** ml_relay_lag_events, ml_relay_lag_seconds (on scrape) and ml_relay_published_events_total, by relay. */
@Injectable()
export class RelayLagMetrics {
  private readonly relays = new Map<string, () => Promise<RelayLag>>();
  private readonly published: Counter;

  constructor(@InjectMetricsRegistry() registry: Registry) {
    const watched = () => this.relays;
    gaugeOnScrape(
      registry,
      { name: 'ml_relay_lag_events', help: 'Events of the global log not yet acknowledged by the broker', labelNames: ['relay'] },
      watched,
      async ([relay, lag], set) => set({ relay }, (await lag()).events),
    );
    gaugeOnScrape(
      registry,
      { name: 'ml_relay_lag_seconds', help: 'Age of the oldest event not yet relayed', labelNames: ['relay'] },
      watched,
      async ([relay, lag], set) => set({ relay }, (await lag()).seconds),
    );
    this.published = new Counter({
      name: 'ml_relay_published_events_total',
      help: 'Events the broker acknowledged and the relay checkpointed',
      labelNames: ['relay'],
      registers: [registry],
    });
  }

  /** Returns the hook to give the relay's `onPublished`. */
  watch({ relay, store, checkpoint }: WatchedRelay): (count: number) => void {
    this.relays.set(relay, sharedRead(async () => readRelayLag(store, await checkpoint())));
    return (count) => this.published.inc({ relay }, count);
  }
}
