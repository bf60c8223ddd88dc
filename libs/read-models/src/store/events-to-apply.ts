import type { RecordedEvent } from '@app/event-store';
import { EventBatch } from './projection-store';

/**
 * The events of a batch that the stored checkpoint has not seen, or 'stale'. Positions are
 * compared for equality only (their order is the log's, not a number's): a batch that
 * starts at the checkpoint is new; a batch that contains the checkpoint was partly handled
 * already (a duplicate delivery), so only what follows it is new; any other batch was read
 * from somewhere else (another runner moved on, or a rebuild reset the checkpoint) and is
 * skipped, the caller resuming from the stored checkpoint.
 */
export function eventsToApply(stored: bigint | null, batch: EventBatch): readonly RecordedEvent[] | 'stale' {
  if ((stored === null && batch.after === 'start') || stored === batch.after) return batch.events;
  const handled = batch.events.findIndex((event) => event.position === stored);
  return handled >= 0 ? batch.events.slice(handled + 1) : 'stale';
}
