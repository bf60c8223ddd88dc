import type { SchoolEvent, StudentEvent } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';

/** School and student events are all at schema version 1; upcasters go here when one changes. */
export const schoolEventFromRecorded = (recorded: RecordedEvent): SchoolEvent =>
  ({ type: recorded.type, data: recorded.data }) as SchoolEvent;

export const studentEventFromRecorded = (recorded: RecordedEvent): StudentEvent =>
  ({ type: recorded.type, data: recorded.data }) as StudentEvent;
