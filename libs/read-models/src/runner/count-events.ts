import { type EventStore, sealedStoreOf } from '@app/event-store';
import { ProjectionStore } from '../store';
import { logPages } from './log-pages';

const PAGE = 5000;

/** The size of the log: one COUNT where the events share the read models' database, else by paging through it as stored. */
export async function countEvents(events: EventStore, store: ProjectionStore): Promise<number> {
  const counted = await store.countStoredEvents();
  if (counted !== undefined) return counted;
  let total = 0;
  for await (const page of logPages(sealedStoreOf(events), PAGE)) total += page.length;
  return total;
}
