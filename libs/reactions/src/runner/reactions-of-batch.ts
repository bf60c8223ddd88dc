import type { RecordedEvent } from '@app/event-store';
import { Reaction, Reactions, StreamReader, nothing } from '../reaction/reaction';

/**
 * What one reaction makes of each event of a batch, by event id, computed before the store's
 * transaction opens: a context reads the store, and a SQLite transaction must not span an await.
 */
export async function reactionsOfBatch(reaction: Reaction, events: readonly RecordedEvent[], log: StreamReader): Promise<(event: RecordedEvent) => Reactions> {
  const byId = new Map<string, Reactions>();
  for (const event of events) {
    if (!reaction.canHandle(event)) continue;
    byId.set(event.id, reaction.react(event, await reaction.contextOf(event, log)));
  }
  return (event) => byId.get(event.id) ?? nothing();
}
