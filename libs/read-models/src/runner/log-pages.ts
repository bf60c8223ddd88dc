import type { EventStore, RecordedEvent } from '@app/event-store';

/** The whole global log, page by page, in the store's own order (readAll is inclusive: each page's first event is dropped). */
export async function* logPages(events: EventStore, pageSize: number): AsyncGenerator<RecordedEvent[]> {
  let from: bigint | undefined;
  for (;;) {
    const page = await events.readAll({ ...(from !== undefined && { fromPosition: from }), maxCount: pageSize + 1 });
    const fresh = page.filter((event) => event.position !== from);
    if (fresh.length === 0) return;
    yield fresh;
    from = fresh[fresh.length - 1].position;
  }
}
