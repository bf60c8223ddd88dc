import { Injectable } from '@nestjs/common';
import { Registry } from 'prom-client';
import { type MessageBus, consumerLagOf } from '@app/messaging';
import { InjectMetricsRegistry, gaugeOnScrape } from './metrics-registry';

/** Computed by the messaging port, where offsets are defined. */
export { consumerLagOf };

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
