import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventStore, RecordedEvent } from '../event-store';

/** The streams one request has read, by stream id, each kept until a command takes it. */
export type RequestReads = Map<string, readonly RecordedEvent[]>;

const requestReads = new AsyncLocalStorage<RequestReads>();

/** Runs `work` with the reads of one request: the access check's, then its handler's. */
export const withRequestReads = <T>(reads: RequestReads, work: () => T): T => requestReads.run(reads, work);

/**
 * A stream as this request read it already, or read now and kept for the rest of the request:
 * the access check and the handler after it read an agreement once. Outside a request, a plain read.
 */
export async function readStreamOnce(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const reads = requestReads.getStore();
  const kept = reads?.get(streamId);
  if (kept) return [...kept];
  const recorded = await store.readStream(streamId);
  reads?.set(streamId, recorded);
  return recorded;
}

/**
 * What a command decides on first: the stream as the request read it, taken so that any later
 * read sees what the command appended. A read that another writer overtook costs nothing but
 * a retry: the append expects the revision it saw.
 */
export async function readStreamForCommand(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const reads = requestReads.getStore();
  const kept = reads?.get(streamId);
  if (!kept) return store.readStream(streamId);
  reads!.delete(streamId);
  return [...kept];
}
