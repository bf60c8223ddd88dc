import { Counter, Histogram, Registry } from 'prom-client';
import { EventStore, EventStoreDecorator, WrongExpectedRevisionError } from '@app/event-store';

export type AppendOutcome = 'appended' | 'conflict' | 'failed';

/**
 * The EventStore port with its appends counted: ml_event_store_appends_total by outcome
 * (`conflict` is an optimistic-concurrency conflict, which handleCommand retries),
 * ml_event_store_appended_events_total and ml_event_store_append_seconds. Reads and
 * subscriptions pass through untouched.
 */
export function instrumentEventStore(registry: Registry): EventStoreDecorator {
  const appends = new Counter({
    name: 'ml_event_store_appends_total',
    help: 'Calls to appendToStream, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const events = new Counter({ name: 'ml_event_store_appended_events_total', help: 'Events appended', registers: [registry] });
  const duration = new Histogram({
    name: 'ml_event_store_append_seconds',
    help: 'Time of appendToStream, by outcome',
    labelNames: ['outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  return (store) => ({
    async appendToStream(streamId, toAppend, options) {
      const stop = duration.startTimer();
      let outcome: AppendOutcome = 'failed';
      try {
        const result = await store.appendToStream(streamId, toAppend, options);
        outcome = 'appended';
        events.inc(toAppend.length);
        return result;
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError) outcome = 'conflict';
        throw error;
      } finally {
        appends.inc({ outcome });
        stop({ outcome });
      }
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  });
}
