import { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { SubscriptionHandler, Subscription } from '../event-store';
import { isUserEvent, toRecordedEvent } from './kurrentdb-mapping';

/** The part of the client's catch-up subscription this adapter relies on. */
export interface KurrentSubscriptionStream extends AsyncIterable<AllStreamResolvedEvent> {
  unsubscribe(): Promise<void>;
  destroy(): unknown;
}

/**
 * Hands the server's catch-up subscription to the handler one event at a time: iterating
 * the stream pulls the next event only once the handler has returned, so backpressure
 * keeps the order and the pace.
 */
export function deliverToHandler(stream: KurrentSubscriptionStream, handler: SubscriptionHandler): Subscription {
  let stopping = false;

  const run = async (): Promise<void> => {
    try {
      for await (const resolved of stream) {
        if (stopping) return;
        if (isUserEvent(resolved)) await handler(toRecordedEvent(resolved));
      }
    } catch (error) {
      // Stopping destroys the stream under the iterator; that ending is not a failure.
      if (!stopping) throw error;
    } finally {
      // The gRPC call outlives the iterator unless cancelled, after a handler error too.
      await stream.unsubscribe().catch(() => undefined);
    }
  };

  const done = run();
  done.catch(() => undefined); // the caller observes failures through `done`
  return {
    done,
    async stop() {
      stopping = true;
      // Cancelling the call does not end the stream, so an idle iterator is woken by destroying it.
      await stream.unsubscribe().catch(() => undefined);
      stream.destroy();
      await done.catch(() => undefined);
    },
  };
}
