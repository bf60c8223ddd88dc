import type { EventStore } from '@app/event-store';
import { ProjectionStore } from '../store';

const PAGE = 5000;

/** The size of the log: one COUNT where the events share the read models' database, else by paging. */
export async function countEvents(events: EventStore, store: ProjectionStore): Promise<number> {
  const counted = await store.countStoredEvents();
  if (counted !== undefined) return counted;
  let total = 0;
  let from: bigint | undefined;
  for (;;) {
    const page = await events.readAll({ ...(from !== undefined && { fromPosition: from }), maxCount: PAGE + 1 });
    const fresh = page.filter((event) => event.position !== from);
    if (fresh.length === 0) return total;
    total += fresh.length;
    from = fresh[fresh.length - 1].position;
  }
}
