import { AllStreamResolvedEvent, StreamNotFoundError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { InvalidAppendError, WrongExpectedRevisionError } from '../errors';
import {
  SCHEMA_VERSION_KEY,
  checkAppendSucceeded,
  isStreamNotFound,
  isUserEvent,
  toAppendError,
  toEventData,
  toKurrentPosition,
  toRecordedEvent,
  toStreamState,
} from './kurrentdb-mapping';

const ID = '6f1c3f5e-9d0b-4c1e-8a57-3d2b1c0a9f8e';
const created = new Date('2025-01-02T03:04:05Z');

const resolved = (overrides: Record<string, unknown> = {}, commitPosition?: bigint): AllStreamResolvedEvent =>
  ({
    commitPosition,
    event: {
      streamId: 'agreement-1',
      id: ID,
      isJson: true,
      revision: 4n,
      type: 'AgreementDrafted',
      created,
      data: { recognisedEcts: 30 },
      metadata: { actor: 'student', [SCHEMA_VERSION_KEY]: 2 },
      position: { commit: 1200n, prepare: 1200n },
      ...overrides,
    },
  }) as AllStreamResolvedEvent;

describe('KurrentDB mapping', () => {
  describe('expected revision', () => {
    it('passes the words KurrentDB shares with the port unchanged', () => {
      for (const expected of ['any', 'no_stream', 'stream_exists', 0n, 41n] as const) {
        expect(toStreamState('s', expected)).toBe(expected);
      }
    });

    it('refuses a negative revision, which KurrentDB would read as a special state', () => {
      expect(() => toStreamState('s', -1n)).toThrow(InvalidAppendError);
    });
  });

  describe('events to append', () => {
    it('keeps the id, stores the schema version in metadata and defaults metadata to {}', () => {
      const [stored, plain] = toEventData('agreement-1', [
        { id: ID, type: 'AgreementDrafted', data: { recognisedEcts: 30 }, metadata: { actor: 'student' }, schemaVersion: 3 },
        { type: 'AgreementSigned', data: { receivingInstitution: 'TU Delft' } },
      ]);
      expect(stored).toEqual({
        id: ID,
        contentType: 'application/json',
        type: 'AgreementDrafted',
        data: { recognisedEcts: 30 },
        metadata: { actor: 'student', [SCHEMA_VERSION_KEY]: 3 },
      });
      expect(plain.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(plain.metadata).toEqual({ [SCHEMA_VERSION_KEY]: 1 });
    });

    it('refuses ids that are not UUIDs and an empty stream id before the server sees them', () => {
      expect(() => toEventData('s', [{ id: 'not-a-uuid', type: 'T', data: {} }])).toThrow(InvalidAppendError);
      expect(() => toEventData('', [{ type: 'T', data: {} }])).toThrow(InvalidAppendError);
    });
  });

  describe('recorded events', () => {
    it('maps a KurrentDB event and strips the reserved schema version key', () => {
      expect(toRecordedEvent(resolved())).toEqual({
        id: ID,
        type: 'AgreementDrafted',
        schemaVersion: 2,
        streamId: 'agreement-1',
        revision: 4n,
        position: 1200n,
        data: { recognisedEcts: 30 },
        metadata: { actor: 'student' },
        recordedAt: created,
      });
    });

    it('reads version 1 and empty metadata from events written by other tools', () => {
      const event = toRecordedEvent(resolved({ metadata: undefined }));
      expect(event.schemaVersion).toBe(1);
      expect(event.metadata).toEqual({});
      expect(toRecordedEvent(resolved({ metadata: new Uint8Array([1, 2]) })).metadata).toEqual({});
    });

    it("falls back to the resolved event's commit position and refuses the pre-22.6 sentinel", () => {
      expect(toRecordedEvent(resolved({ position: undefined }, 900n)).position).toBe(900n);
      const sentinel = { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n };
      expect(() => toRecordedEvent(resolved({ position: sentinel }))).toThrow(/predates 22.6/);
    });

    it('tells user events from system types and system streams', () => {
      expect(isUserEvent(resolved())).toBe(true);
      expect(isUserEvent(resolved({ type: '$metadata' }))).toBe(false);
      expect(isUserEvent(resolved({ streamId: '$projections-mobility-result', type: 'Result' }))).toBe(false);
      expect(isUserEvent({})).toBe(false);
    });

    it('turns a commit position into the position KurrentDB reads from', () => {
      expect(toKurrentPosition(77n)).toEqual({ commit: 77n, prepare: 77n });
    });
  });

  describe('errors', () => {
    const wrongVersion = (current: bigint | 'no_stream') =>
      new WrongExpectedVersionError(undefined, { streamName: 'agreement-1', expected: 3n, current });

    it("turns the client's wrong expected version into ours, keeping the caller's expectation", () => {
      const mapped = toAppendError(wrongVersion(1n), 'agreement-1', 3n);
      expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
      expect(mapped).toMatchObject({ streamId: 'agreement-1', expectedRevision: 3n, actualRevision: 1n });
    });

    it("reports a missing stream as no_stream whether the server says 'no_stream' or -1", () => {
      expect(toAppendError(wrongVersion('no_stream'), 's', 0n)).toMatchObject({ actualRevision: 'no_stream' });
      expect(toAppendError(wrongVersion(-1n), 's', 0n)).toMatchObject({ actualRevision: 'no_stream' });
    });

    it('leaves other errors as they are', () => {
      const other = new Error('unavailable');
      expect(toAppendError(other, 's', 'any')).toBe(other);
    });

    it('refuses an append the client answered as failed instead of throwing', () => {
      const failed = { success: false, nextExpectedRevision: -1n };
      expect(() => checkAppendSucceeded(failed, 's', 'stream_exists')).toThrow(WrongExpectedRevisionError);
      expect(() => checkAppendSucceeded({ success: true, nextExpectedRevision: 0n }, 's', 'any')).not.toThrow();
    });

    it('recognises a missing stream on read', () => {
      expect(isStreamNotFound(new StreamNotFoundError(undefined, 'agreement-1'))).toBe(true);
      expect(isStreamNotFound(new Error('agreement-1 not found'))).toBe(false);
    });
  });
});
