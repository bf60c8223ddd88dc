import type { RecordedEvent } from '@app/event-store';

/**
 * Domain events as the log would hand them over: one stream, revisions from 0, positions
 * from `firstPosition`, each recorded `minutesApart` after the one before from `from`.
 */
export function recordedStream(
  streamId: string,
  events: readonly { type: string; data: unknown }[],
  { from = '2026-01-15T09:00:00.000Z', minutesApart = 1, firstPosition = 1n }: { from?: string; minutesApart?: number; firstPosition?: bigint } = {},
): RecordedEvent[] {
  return events.map((event, index) => ({
    id: `${streamId}-${index}`,
    type: event.type,
    schemaVersion: 1,
    streamId,
    revision: BigInt(index),
    position: firstPosition + BigInt(index),
    data: event.data,
    metadata: {},
    recordedAt: new Date(new Date(from).getTime() + index * minutesApart * 60_000),
  }));
}

/** A reader over recorded streams, as the reactions' context reads the store. */
export const readerOf = (...streams: RecordedEvent[][]) => ({
  readStream: async (streamId: string, options: { maxCount?: number } = {}) =>
    (streams.find((stream) => stream[0]?.streamId === streamId) ?? []).slice(0, options.maxCount),
});
