import { RecordedEvent, Subscription, SubscribeToAllOptions } from '../event-store';

export interface PollingSource {
  /** Events strictly after the checkpoint, in commit order. */
  readAfter(checkpoint: bigint | 'start', maxCount: number): Promise<RecordedEvent[]>;
  /** Resolves when something may have been appended, or after `ms` at the latest. */
  waitForAppend(ms: number): Promise<void>;
}

const BATCH = 500;
const IDLE_WAIT_MS = 250;

/**
 * Catch-up then live delivery over a store that can only be polled: the same loop
 * serves both phases, so there is no hand-over where an event could slip through.
 */
export function pollingSubscription(source: PollingSource, options: SubscribeToAllOptions): Subscription {
  let stopped = false;
  let wake: () => void = () => undefined;
  const stopSignal = new Promise<void>((resolve) => (wake = resolve));

  const run = async (): Promise<void> => {
    let checkpoint = options.fromPosition;
    while (!stopped) {
      const batch = await source.readAfter(checkpoint, BATCH);
      for (const event of batch) {
        if (stopped) return;
        await options.handler(event);
        checkpoint = event.position;
      }
      if (batch.length < BATCH && !stopped) {
        await Promise.race([source.waitForAppend(IDLE_WAIT_MS), stopSignal]);
      }
    }
  };

  const done = run();
  done.catch(() => undefined); // the caller observes failures through `done`
  return {
    done,
    async stop() {
      stopped = true;
      wake();
      await done.catch(() => undefined);
    },
  };
}
