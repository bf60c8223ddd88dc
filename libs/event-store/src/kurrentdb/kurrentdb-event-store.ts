import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  ReadPosition,
  START,
  excludeSystemEvents,
} from '@kurrent/kurrentdb-client';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from '../event-store';
import {
  checkAppendSucceeded,
  commitPositionOf,
  isStreamNotFound,
  isUserEvent,
  toAppendError,
  toEventData,
  toKurrentPosition,
  toRecordedEvent,
  toStreamState,
} from './kurrentdb-mapping';
import { LiveSubscriptions } from '../shared/live-subscriptions';
import { deliverToHandler } from './kurrentdb-subscription';

export function createKurrentDbEventStore(connectionString: string): EventStore {
  return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString));
}

/**
 * KurrentDB already is an event store: this adapter only translates words. Idempotent
 * retries (same ids, same expected revision) are the server's own behaviour.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new LiveSubscriptions();

  constructor(private readonly client: KurrentDBClient) {}

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: AppendOptions,
  ): Promise<AppendResult> {
    const eventData = toEventData(streamId, events);
    const streamState = toStreamState(streamId, expectedRevision);
    const result = await this.client
      .appendToStream(streamId, eventData, { streamState })
      .catch((error: unknown) => Promise.reject(toAppendError(error, streamId, expectedRevision)));
    checkAppendSucceeded(result, streamId, expectedRevision);
    const lastEvent = await this.readStream(streamId, { fromRevision: result.nextExpectedRevision, maxCount: 1 });
    // The write's reported position is absent on an idempotent retry and not always the last
    // event's; the event itself carries the position every read will show.
    const position = lastEvent[0]?.position ?? result.position?.commit;
    if (position === undefined) throw new Error(`KurrentDB reported no position for the append to ${streamId}`);
    return { nextExpectedRevision: result.nextExpectedRevision, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction === 'backwards' ? BACKWARDS : FORWARDS;
    const read = this.client.readStream(streamId, {
      direction,
      fromRevision: options.fromRevision ?? (direction === BACKWARDS ? END : START),
      maxCount: options.maxCount,
      // Reads right after a write must see it, which a follower may not yet.
      requiresLeader: true,
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of read) events.push(toRecordedEvent(resolved));
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }

  /**
   * The server filters system event types; system streams holding other types (projection
   * results) are dropped here. Pages are read until `maxCount` user events are found, so a
   * short answer always means the end of the log, never a page of system events.
   */
  async readAll({ fromPosition, maxCount = Infinity }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    let from: ReadPosition = fromPosition === undefined ? START : toKurrentPosition(fromPosition);
    let alreadySeen: bigint | undefined;
    while (found.length < maxCount) {
      // fromPosition is inclusive, so a following page starts again with the last event seen.
      const pageSize = maxCount - found.length + (alreadySeen === undefined ? 0 : 1);
      const page = this.client.readAll({
        fromPosition: from,
        maxCount: Number.isFinite(pageSize) ? pageSize : undefined,
        filter: excludeSystemEvents(),
        requiresLeader: true,
      });
      let received = 0;
      for await (const resolved of page) {
        received += 1;
        const position = commitPositionOf(resolved);
        if (resolved.event) from = resolved.event.position;
        if (alreadySeen !== undefined && position === alreadySeen) continue;
        alreadySeen = undefined;
        if (isUserEvent(resolved)) found.push(toRecordedEvent(resolved));
      }
      if (received < pageSize || typeof from === 'string') break;
      alreadySeen = from.commit;
    }
    return found;
  }

  subscribeToAll({ fromPosition, handler }: SubscribeToAllOptions): Subscription {
    const stream = this.client.subscribeToAll({
      fromPosition: fromPosition === 'start' ? START : toKurrentPosition(fromPosition),
      filter: excludeSystemEvents(),
    });
    const subscription = deliverToHandler(stream, handler);
    return this.subscriptions.track(subscription);
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    await this.client.dispose();
  }
}
