import { EventStore } from '@app/event-store';
import { eventToMessage } from '../events';
import { MessagePublisher } from '../port';
import { RelayCheckpoints } from './relay-checkpoints';
import { sleep } from '../sleep';
import { RelayLock, RelayLockLostError } from './relay-lock';
import { RelayLog } from './relay-log';

export interface RelayOptions {
  name: string;
  store: EventStore;
  publisher: MessagePublisher;
  /** Called with the topics of a batch before it is published (topics are created on demand). */
  ensureTopics(topics: readonly string[]): Promise<void>;
  checkpoints: RelayCheckpoints;
  lock: RelayLock;
  log: RelayLog;
  topicPrefix?: string;
  batchSize?: number;
  /** Pause when the log has nothing new; appends by other processes are only seen by polling. */
  pollMs?: number;
  /** Pause after a failure (broker or database unreachable) before reading from the checkpoint again. */
  retryMs?: number;
  onPublished?(count: number): void;
}

export interface RunningRelay {
  /** Finishes the batch in flight, releases the lock and resolves `done`. */
  stop(): Promise<void>;
  readonly done: Promise<void>;
}

/**
 * The store is the outbox: the relay reads its global log from the checkpoint, publishes
 * each page, waits for the broker's acknowledgement and only then moves the checkpoint. A
 * crash between the two resends the page (at least once; consumers dedupe by stream
 * revision). Positions are opaque: the relay resumes from the last one handled and only
 * ever compares them for equality.
 */
export function startRelay(options: RelayOptions): RunningRelay {
  const abort = new AbortController();
  const { name, log } = options;
  const done = (async () => {
    while (!abort.signal.aborted) {
      log('info', 'waiting for the relay lock', { relay: name });
      if (!(await options.lock.acquire(abort.signal))) break;
      log('info', 'relay lock acquired', { relay: name, pid: process.pid });
      try {
        await pump(options, abort.signal);
      } catch (error) {
        if (!(error instanceof RelayLockLostError)) throw error;
        log('warn', error.message, { relay: name });
      } finally {
        await options.lock.release();
      }
    }
    log('info', 'relay stopped', { relay: name });
  })();
  return {
    async stop() {
      abort.abort();
      await done.catch(() => undefined);
    },
    done,
  };
}

async function pump(options: RelayOptions, signal: AbortSignal): Promise<void> {
  const { store, publisher, checkpoints, lock, log, name } = options;
  const batchSize = options.batchSize ?? 500;
  const knownTopics = new Set<string>();
  let checkpoint = await checkpoints.load();
  while (!signal.aborted) {
    await lock.confirm();
    try {
      // readAll is inclusive: the checkpoint comes back first and is dropped by equality.
      const page = await store.readAll({ ...(checkpoint !== null && { fromPosition: checkpoint }), maxCount: batchSize + 1 });
      const fresh = page.filter((event) => event.position !== checkpoint);
      if (fresh.length === 0) {
        await sleep(options.pollMs ?? 100, signal);
        continue;
      }
      const messages = fresh.map((event) => eventToMessage(event, options.topicPrefix));
      const newTopics = [...new Set(messages.map((m) => m.topic))].filter((topic) => !knownTopics.has(topic));
      if (newTopics.length) {
        await options.ensureTopics(newTopics);
        newTopics.forEach((topic) => knownTopics.add(topic));
      }
      await publisher.publish(messages);
      const last = fresh[fresh.length - 1].position;
      await checkpoints.save(last);
      checkpoint = last;
      options.onPublished?.(fresh.length);
    } catch (error) {
      if (error instanceof RelayLockLostError) throw error;
      log('error', 'relay batch failed; retrying from the checkpoint', { relay: name, error: (error as Error).message });
      await sleep(options.retryMs ?? 1000, signal);
      checkpoint = await checkpoints.load().catch(() => checkpoint);
    }
  }
}
