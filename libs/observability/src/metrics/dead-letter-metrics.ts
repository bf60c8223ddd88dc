import { Injectable, Logger } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import type { IncomingMessage } from '@app/messaging';
import { InjectMetricsRegistry } from './metrics-registry';

/** ml_dead_lettered_messages_total by group and original topic; each parked message is logged. */
@Injectable()
export class DeadLetterMetrics {
  private readonly parked: Counter;
  private readonly log = new Logger('DeadLetters');

  constructor(@InjectMetricsRegistry() registry: Registry) {
    this.parked = new Counter({
      name: 'ml_dead_lettered_messages_total',
      help: 'Messages parked on a dead-letter topic after their retries',
      labelNames: ['group', 'topic'],
      registers: [registry],
    });
  }

  /** The idempotent consumer's `onParked` option for the group. */
  onParked(groupId: string): (message: IncomingMessage, error: Error) => void {
    return (message, error) => {
      this.parked.inc({ group: groupId, topic: message.topic });
      this.log.warn(
        `${groupId} parked ${message.topic}/${message.partition}@${message.offset} (key ${message.key}): ${error.message}`,
      );
    };
  }
}
