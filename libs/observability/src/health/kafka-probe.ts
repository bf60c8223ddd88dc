import type { MessageBus } from '@app/messaging';
import type { Probe } from './readiness-checks';

/**
 * The broker answers a metadata request: ensuring no topic lists the topics and creates
 * none. The readiness deadline cuts short the client's own retries.
 */
export const kafkaProbe =
  (bus: MessageBus): Probe =>
  () =>
    bus.ensureTopics([]);
