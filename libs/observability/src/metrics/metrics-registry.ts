import { Inject, Logger } from '@nestjs/common';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per application rather than prom-client's global one: an end-to-end test may
 * start several apps in one process, and each must count only its own.
 */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
export const InjectMetricsRegistry = () => Inject(METRICS_REGISTRY);

export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

export type GaugeSetter = (labels: Record<string, string>, value: number) => void;

const warnings = new Logger('Metrics');

/**
 * A gauge computed when Prometheus scrapes, one measure per watched source. A failed read
 * (database or broker away) is logged and leaves that source out of this scrape (NaN for a
 * gauge without labels): the scrape itself still succeeds, and the other sources still say
 * what they know.
 */
export function gaugeOnScrape<Source>(
  registry: Registry,
  definition: { name: string; help: string; labelNames: readonly string[] },
  sources: () => Iterable<Source>,
  measure: (source: Source, set: GaugeSetter) => Promise<void>,
): Gauge {
  return new Gauge({
    ...definition,
    registers: [registry],
    async collect() {
      this.reset();
      const set: GaugeSetter = (labels, value) => this.set(labels, value);
      await Promise.all(
        [...sources()].map((source) =>
          measure(source, set).catch((error: Error) => {
            warnings.warn(`${definition.name}: ${error.message}`);
            // An unlabelled gauge would otherwise read 0, which looks healthy.
            if (definition.labelNames.length === 0) this.set(NaN);
          }),
        ),
      );
    },
  });
}

/**
 * One read shared by the gauges of a scrape (the relay's lag in events and in seconds come
 * from the same page of the log): calls within `ttlMs` of the first reuse its promise.
 */
export function sharedRead<T>(read: () => Promise<T>, ttlMs = 1000): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!last || Date.now() - last.at > ttlMs) last = { at: Date.now(), value: read() };
    return last.value;
  };
}
