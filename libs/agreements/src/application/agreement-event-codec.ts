import { AgreementEvent, stampEvents } from '@app/domain';
import { EventToAppend, RecordedEvent, StampContext } from '@app/event-store';
import type { RequestContext } from '@app/http';

/** Every agreement event is at schema version 1 so far; an upcaster goes here when one changes. */
export const fromRecorded = (recorded: RecordedEvent): AgreementEvent =>
  ({ type: recorded.type, data: recorded.data }) as AgreementEvent;

export const stampForAppend = (
  events: readonly { type: string; data: unknown }[],
  { streamId, firstRevision, previous }: StampContext,
  request: RequestContext,
): EventToAppend[] =>
  stampEvents(events, { streamId, firstRevision, previousHash: previous?.metadata.hash as string | undefined }, request);
