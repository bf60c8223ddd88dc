import { randomUUID } from 'node:crypto';
import { EventStore, EventToAppend, RecordedEvent } from '../event-store';

export interface StoreUnderTest {
  store: EventStore;
  /**
   * KurrentDB recognises a retry within one stream only; an id reused in another stream is
   * stored again. The other adapters keep ids unique across the store.
   */
  uniqueIdsAcrossStreams?: boolean;
  /** Opens a second store on the same storage, as another process would. */
  reopen(): Promise<EventStore>;
  dispose(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

export const event = (type = 'Happened', data: unknown = { n: 1 }, id?: string): EventToAppend => ({
  id: id ?? randomUUID(),
  type,
  data,
  metadata: { actor: 'contract' },
});

export const events = (count: number, type = 'Happened'): EventToAppend[] =>
  Array.from({ length: count }, (_, n) => event(type, { n }));

export const streamName = (prefix = 'contract'): string => `${prefix}-${randomUUID()}`;

/** Reads the whole global log, a page at a time, the way a resuming reader would. */
export async function readAllPaged(store: EventStore, pageSize: number): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  let checkpoint: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ fromPosition: checkpoint, maxCount: pageSize + 1 });
    const fresh = checkpoint === undefined ? page : page.filter((e) => e.position !== checkpoint);
    if (fresh.length === 0) return seen;
    seen.push(...fresh);
    checkpoint = fresh[fresh.length - 1].position;
  }
}

/** The store may be shared (a KurrentDB server): keep only what this test wrote. */
export const ownedBy = (streams: string[]) => (e: RecordedEvent) => streams.includes(e.streamId);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}
