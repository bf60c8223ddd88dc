import type { MessageBus } from '@app/messaging';
import type { Probe } from './readiness-checks';

/**
 * The bus's own readiness: each of its consumers is in its group (not starting, not
 * rejoining after a crash, not failed to start) and the broker answers a metadata request.
 * The readiness deadline cuts short the client's own retries.
 */
export const kafkaProbe =
  (bus: MessageBus): Probe =>
  () =>
    bus.ready();
