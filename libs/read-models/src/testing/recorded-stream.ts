import type { EventToAppend, RecordedEvent } from '@app/event-store';

/** Domain events of one stream, ready to append (no hash chain: only agreement streams carry one). */
export const eventsToAppend = (events: readonly { type: string; data: unknown }[]): EventToAppend[] =>
  events.map(({ type, data }) => ({ type, data }));

/** Domain events of one stream as a store would record them, at consecutive global positions. */
export function recordedStream(streamId: string, events: readonly { type: string; data: unknown }[], firstPosition = 1n): RecordedEvent[] {
  return events.map(({ type, data }, index) => ({
    id: `00000000-0000-4000-9000-${String(firstPosition + BigInt(index)).padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    streamId,
    revision: BigInt(index),
    position: firstPosition + BigInt(index),
    data,
    metadata: {},
    recordedAt: new Date(Date.UTC(2026, 6, 10, 10, 0, index)),
  }));
}
