import { ExpectedRevision } from './event-store';

/** The stream is not at the revision the caller decided on: reload and decide again. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';

  constructor(
    readonly streamId: string,
    readonly expectedRevision: ExpectedRevision,
    /** The stream's last revision, or 'no_stream' when it does not exist. */
    readonly actualRevision: bigint | 'no_stream',
  ) {
    super(
      `Stream ${streamId}: expected revision ${String(expectedRevision)}, actual ${String(actualRevision)}`,
    );
  }
}

/** An event id was stored before with other content or in another place: not a retry. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';

  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} was already appended elsewhere than as a retry of this append to ${streamId}`);
  }
}

/** Input the store refuses before touching storage (a malformed id, an empty stream name). */
export class InvalidAppendError extends Error {
  override readonly name = 'InvalidAppendError';
}

/**
 * An Idempotency-Key already answered another request (another body or route): not a retry,
 * so neither replayed nor run (IDEMPOTENCY-KEY-REUSED), as payment APIs refuse it.
 */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  readonly ruleId = 'IDEMPOTENCY-KEY-REUSED';

  constructor(
    readonly streamId: string,
    readonly key: string,
  ) {
    super(`IDEMPOTENCY-KEY-REUSED: the Idempotency-Key was already used for another request; send a new key for a new request`);
  }
}
