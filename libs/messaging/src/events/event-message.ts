import { RecordedEvent } from '@app/event-store';
import { IncomingMessage, OutgoingMessage } from '../port';

/** Header names carried by every event message; consumers dedupe and order by them. */
export const EVENT_HEADERS = {
  eventId: 'event-id',
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  streamId: 'stream-id',
  streamRevision: 'stream-revision',
  globalPosition: 'global-position',
  contentType: 'content-type',
} as const;

/**
 * One topic per stream category (`agreement-42` -> `agreement`), so a consumer subscribes
 * to the kinds of streams it needs. The prefix keeps deployments (or tests) sharing one
 * broker apart.
 */
export function topicOf(streamId: string, prefix = ''): string {
  const dash = streamId.indexOf('-');
  return prefix + (dash > 0 ? streamId.slice(0, dash) : streamId);
}

export const STREAM_CATEGORIES = ['agreement', 'recognition', 'student', 'school', 'partnership', 'institution'] as const;

export function categoryTopics(prefix = ''): string[] {
  return STREAM_CATEGORIES.map((category) => prefix + category);
}

/** The message is keyed by stream id: one stream, one partition, its events in order. */
export function eventToMessage(event: RecordedEvent, topicPrefix = ''): OutgoingMessage {
  return {
    topic: topicOf(event.streamId, topicPrefix),
    key: event.streamId,
    value: JSON.stringify({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId: event.streamId,
      revision: event.revision.toString(),
      position: event.position.toString(),
      data: event.data,
      metadata: event.metadata,
      recordedAt: event.recordedAt.toISOString(),
    }),
    headers: {
      [EVENT_HEADERS.eventId]: event.id,
      [EVENT_HEADERS.eventType]: event.type,
      [EVENT_HEADERS.schemaVersion]: String(event.schemaVersion),
      [EVENT_HEADERS.streamId]: event.streamId,
      [EVENT_HEADERS.streamRevision]: event.revision.toString(),
      [EVENT_HEADERS.globalPosition]: event.position.toString(),
      [EVENT_HEADERS.contentType]: 'application/json',
    },
  };
}

export class UndecodableMessageError extends Error {}

/** The event as recorded by the store; throws UndecodableMessageError for a foreign message. */
export function messageToEvent(message: IncomingMessage): RecordedEvent {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(message.value.toString('utf8'));
  } catch {
    throw new UndecodableMessageError(`${message.topic}/${message.partition}@${message.offset} is not JSON`);
  }
  const { id, type, schemaVersion, streamId, revision, position, data, metadata, recordedAt } = body;
  if (typeof id !== 'string' || typeof type !== 'string' || typeof streamId !== 'string' || typeof revision !== 'string') {
    throw new UndecodableMessageError(`${message.topic}/${message.partition}@${message.offset} is not an event`);
  }
  return {
    id,
    type,
    schemaVersion: Number(schemaVersion ?? 1),
    streamId,
    revision: BigInt(revision),
    position: BigInt(String(position ?? 0)),
    data,
    metadata: (metadata ?? {}) as Record<string, unknown>,
    recordedAt: new Date(String(recordedAt)),
  };
}
