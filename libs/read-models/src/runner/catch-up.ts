import { type EventStore, sealedStoreOf } from '@app/event-store';
import { nextRequestStep } from '@app/http';
import { Projection } from '../projection';
import { ProjectionStore } from '../store';
import type { ProgressListener } from './projection-runner';

/** Events read and applied at once: one transaction for every projection that shares the page's checkpoint. */
const PAGE = 5000;

/**
 * Reads the log from the projections' checkpoints through the store's own `readAll` (whose
 * order is the commit order, which a position comparison in SQL would not be on PostgreSQL)
 * and applies it page by page, each page to every projection at the same checkpoint, with
 * their checkpoints, in one transaction: projections rebuilt together read the log once.
 * The log is read as stored (`sealedStoreOf`): projections apply events with their personal
 * fields sealed, so nothing is decrypted for them.
 */
export async function catchUpProjections(
  events: EventStore,
  store: ProjectionStore,
  projections: readonly Projection[],
  onProgress?: ProgressListener,
): Promise<void> {
  const log = sealedStoreOf(events);
  const checkpoints = await Promise.all(projections.map((projection) => store.checkpointOf(projection.name)));
  let pending = atSameCheckpoint(projections, checkpoints);
  while (pending.length > 0) {
    // Between pages, each applied whole: a request abandoned by its client or by a shutdown stops here.
    await nextRequestStep();
    const [{ checkpoint, members }, ...rest] = pending;
    // readAll is inclusive: the checkpoint itself comes back first and is dropped.
    const page = await log.readAll({ ...(checkpoint !== null && { fromPosition: checkpoint }), maxCount: PAGE + 1 });
    const fresh = page.filter((event) => event.position !== checkpoint);
    if (fresh.length === 0) {
      pending = rest;
      continue;
    }
    const outcomes = await store.applyBatchToEach(members, { after: checkpoint ?? 'start', events: fresh });
    onProgress?.(Math.max(...outcomes.map((outcome) => outcome.applied)));
    // A projection another runner moved on (a stale batch) goes on from its own checkpoint.
    pending = [...atSameCheckpoint(members, outcomes.map((outcome) => outcome.checkpoint)), ...rest];
  }
}

/** One projection's catch-up: see `catchUpProjections`. */
export const catchUpProjection = (events: EventStore, store: ProjectionStore, projection: Projection, onProgress?: ProgressListener): Promise<void> =>
  catchUpProjections(events, store, [projection], onProgress);

/** Projections grouped by checkpoint (compared for equality only), in the order they come. */
function atSameCheckpoint(projections: readonly Projection[], checkpoints: readonly (bigint | null)[]) {
  const groups = new Map<string, { checkpoint: bigint | null; members: Projection[] }>();
  projections.forEach((projection, i) => {
    const checkpoint = checkpoints[i];
    const group = groups.get(String(checkpoint)) ?? { checkpoint, members: [] };
    group.members.push(projection);
    groups.set(String(checkpoint), group);
  });
  return [...groups.values()];
}
