import type { MessageConsumer } from '../port';
import { sleep } from '../sleep';

/** How long a consumer that failed to start waits before it tries again. */
const RESTART_DELAY_MS = 1000;

/**
 * Starts a consumer, and again a moment after each failure, until it is in its group or
 * `signal` aborts: a service started before its broker answers stays up and says it is not
 * ready (the bus's readiness names the group and why) instead of failing. Resolves with the
 * consumer, or undefined when stopped first (a consumer that joined after the stop is stopped).
 */
export async function keepStarting(start: () => Promise<MessageConsumer>, signal: AbortSignal): Promise<MessageConsumer | undefined> {
  while (!signal.aborted) {
    try {
      const consumer = await start();
      if (!signal.aborted) return consumer;
      await consumer.stop();
    } catch {
      // The bus keeps the reason for its readiness probe; the broker may answer later.
      await sleep(RESTART_DELAY_MS, signal);
    }
  }
  return undefined;
}
