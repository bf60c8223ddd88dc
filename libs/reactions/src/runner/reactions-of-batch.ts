import type { RecordedEvent } from '@app/event-store';
import { Reaction, Reactions, StreamReader, nothing } from '../reaction/reaction';

/**
 * What one reaction makes of each event of a batch, by event id, computed before the store's
 * transaction opens: a context reads the store, and a SQLite transaction must not span an await.
 * Each stream is read once for the batch, however many of its events the batch holds.
 */
export async function reactionsOfBatch(reaction: Reaction, events: readonly RecordedEvent[], log: StreamReader): Promise<(event: RecordedEvent) => Reactions> {
  const byId = new Map<string, Reactions>();
  const batchLog = readOnce(log);
  for (const event of events) {
    if (!reaction.canHandle(event)) continue;
    byId.set(event.id, reaction.react(event, await reaction.contextOf(event, batchLog)));
  }
  return (event) => byId.get(event.id) ?? nothing();
}

/** A reader that reads each stream whole the first time it is asked for, and answers a prefix (`maxCount`) from that read. */
export function readOnce(log: StreamReader): StreamReader {
  const streams = new Map<string, Promise<RecordedEvent[]>>();
  return {
    readStream: async (streamId, options = {}) => {
      let read = streams.get(streamId);
      if (!read) {
        read = log.readStream(streamId);
        streams.set(streamId, read);
      }
      return (await read).slice(0, options.maxCount);
    },
  };
}
