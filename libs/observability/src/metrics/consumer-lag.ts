import { Injectable } from '@nestjs/common';
import { Registry } from 'prom-client';
import type { MessageBus, PartitionOffset } from '@app/messaging';
import { InjectMetricsRegistry, gaugeOnScrape } from './metrics-registry';

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

export interface WatchedConsumer {
  bus: MessageBus;
  groupId: string;
  topics: readonly string[];
}

/** ml_consumer_lag_messages by group and topic, read from the broker at each scrape. */
@Injectable()
export class ConsumerLagMetrics {
  private readonly consumers = new Map<string, WatchedConsumer>();

  constructor(@InjectMetricsRegistry() registry: Registry) {
    gaugeOnScrape(
      registry,
      { name: 'ml_consumer_lag_messages', help: 'Messages not yet committed by the consumer group', labelNames: ['group', 'topic'] },
      () => [...this.consumers.values()].flatMap((consumer) => consumer.topics.map((topic) => ({ ...consumer, topic }))),
      async ({ bus, groupId, topic }, set) => {
        const [ends, committed] = await Promise.all([bus.endOffsets(topic), bus.committedOffsets(groupId, topic)]);
        set({ group: groupId, topic }, consumerLagOf(ends, committed));
      },
    );
  }

  /** Reports the group's lag from now on; the returned function stops it (when the consumer stops). */
  watch(consumer: WatchedConsumer): () => void {
    this.consumers.set(consumer.groupId, consumer);
    return () => this.consumers.delete(consumer.groupId);
  }
}
