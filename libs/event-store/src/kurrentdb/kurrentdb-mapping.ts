import {
  AllStreamResolvedEvent,
  AppendResult as KurrentAppendResult,
  AppendStreamState,
  ErrorType,
  EventData,
  JSONType,
  Position,
  ResolvedEvent,
  isCommandError,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import { InvalidAppendError, WrongExpectedRevisionError } from '../errors';
import { EventMetadata, EventToAppend, ExpectedRevision, RecordedEvent } from '../event-store';
import { prepareEvents } from '../shared/prepare-events';

/** KurrentDB has no column for it, so the schema version travels in the metadata under this key. */
export const SCHEMA_VERSION_KEY = '$schemaVersion';

/** What the server sends for "no position" when reading a stream on servers before 22.6. */
const NO_POSITION = 2n ** 64n - 1n;

type KurrentResolvedEvent = ResolvedEvent | AllStreamResolvedEvent;

/** Our expected revisions use KurrentDB's own words; only a negative number has no meaning there. */
export function toStreamState(streamId: string, expected: ExpectedRevision): AppendStreamState {
  if (typeof expected === 'bigint' && expected < 0n) {
    throw new InvalidAppendError(`Expected revision ${expected} of ${streamId} is negative`);
  }
  return expected;
}

/** Validates the batch like every other adapter does, then shapes it as KurrentDB JSON events. */
export function toEventData(streamId: string, events: readonly EventToAppend[]): EventData[] {
  return prepareEvents(streamId, events).map((prepared) =>
    jsonEvent({
      id: prepared.id,
      type: prepared.type,
      // Parsed back from the shared serialisation so every adapter stores the same JSON.
      data: JSON.parse(prepared.data) as JSONType,
      metadata: { ...(JSON.parse(prepared.metadata) as EventMetadata), [SCHEMA_VERSION_KEY]: prepared.schemaVersion },
    }),
  );
}

/** The position seen in $all, from a resolved event of any read or subscription. */
export function commitPositionOf(resolved: KurrentResolvedEvent): bigint | undefined {
  const commit = resolved.event?.position?.commit ?? resolved.commitPosition;
  return commit === undefined || commit === NO_POSITION ? undefined : commit;
}

/** A position of ours names a commit position; KurrentDB writes single events with prepare = commit. */
export function toKurrentPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}

/** System streams and types ($stats, $$metadata, $> links, projection results) are not ours to show. */
export function isUserEvent(resolved: KurrentResolvedEvent): boolean {
  const event = resolved.event;
  return event !== undefined && !event.type.startsWith('$') && !event.streamId.startsWith('$');
}

export function toRecordedEvent(resolved: KurrentResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('KurrentDB returned a link to a deleted event; links are not read');
  const position = commitPositionOf(resolved);
  if (position === undefined) {
    throw new Error(`KurrentDB reported no position for event ${event.id}: the server predates 22.6`);
  }
  const { [SCHEMA_VERSION_KEY]: schemaVersion, ...metadata } = metadataOf(event.metadata);
  return {
    id: event.id,
    type: event.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    streamId: event.streamId,
    revision: event.revision,
    position,
    data: event.data,
    metadata,
    recordedAt: event.created,
  };
}

/** Events written by other tools may carry no metadata or binary metadata: neither is ours to parse. */
function metadataOf(metadata: unknown): EventMetadata {
  const isRecord =
    typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) && !(metadata instanceof Uint8Array);
  return isRecord ? (metadata as EventMetadata) : {};
}

/** The client's wrong-expected-version error, in our words; any other error is left as it is. */
export function toAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (error instanceof Error && isCommandError(error) && error.type === ErrorType.WRONG_EXPECTED_VERSION) {
    return new WrongExpectedRevisionError(streamId, expected, toActualRevision(error.actualState));
  }
  return error;
}

/** With `throwOnAppendFailure=false` in the connection string the client answers instead of throwing. */
export function checkAppendSucceeded(result: KurrentAppendResult, streamId: string, expected: ExpectedRevision): void {
  if (!result.success) {
    throw new WrongExpectedRevisionError(streamId, expected, toActualRevision(result.nextExpectedRevision));
  }
}

/** The server reports a missing stream as 'no_stream' or as -1 depending on the protocol path. */
export function toActualRevision(actual: bigint | 'no_stream'): bigint | 'no_stream' {
  return actual === 'no_stream' || actual < 0n ? 'no_stream' : actual;
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND;
}
