import type { EventStore } from '@app/event-store';
import { nextRequestStep } from '@app/http';
import { Projection } from '../projection';
import { ProjectionStore } from '../store';
import type { ProgressListener } from './projection-runner';

const PAGE = 500;

/**
 * Reads the log from the projection's checkpoint through the store's own `readAll` (whose
 * order is the commit order, which a position comparison in SQL would not be on
 * PostgreSQL) and applies it page by page, each page with its checkpoint in one transaction.
 */
export async function catchUpProjection(
  events: EventStore,
  store: ProjectionStore,
  projection: Projection,
  onProgress?: ProgressListener,
): Promise<void> {
  for (;;) {
    // Between pages, each applied whole: a request abandoned by its client or by a shutdown stops here.
    await nextRequestStep();
    const checkpoint = await store.checkpointOf(projection.name);
    // readAll is inclusive: the checkpoint itself comes back first and is dropped.
    const page = await events.readAll({ ...(checkpoint !== null && { fromPosition: checkpoint }), maxCount: PAGE + 1 });
    const fresh = page.filter((event) => event.position !== checkpoint);
    if (fresh.length === 0) return;
    const outcome = await store.applyBatch(projection, { after: checkpoint ?? 'start', events: fresh });
    onProgress?.(outcome.applied);
  }
}
