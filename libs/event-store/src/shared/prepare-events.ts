import { randomUUID } from 'node:crypto';
import { InvalidAppendError } from '../errors';
import { EventToAppend } from '../event-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

/** Checks and serialises a batch once, before any storage is touched. */
export function prepareEvents(streamId: string, events: readonly EventToAppend[]): PreparedEvent[] {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new InvalidAppendError('A stream id is a non-empty string');
  }
  if (events.length === 0) throw new InvalidAppendError(`Nothing to append to ${streamId}`);
  const ids = new Set<string>();
  return events.map((event) => {
    const id = (event.id ?? randomUUID()).toLowerCase();
    if (!UUID.test(id)) throw new InvalidAppendError(`Event id ${id} is not a UUID`);
    if (ids.has(id)) throw new InvalidAppendError(`Event id ${id} appears twice in one append`);
    ids.add(id);
    if (!event.type) throw new InvalidAppendError('An event has a type');
    return {
      id,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: JSON.stringify(event.data ?? null),
      metadata: JSON.stringify(event.metadata ?? {}),
    };
  });
}
