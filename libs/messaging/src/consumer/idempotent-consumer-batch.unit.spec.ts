import type { RecordedEvent } from '@app/event-store';
import { eventToMessage } from '../events';
import { ConsumeOptions, IncomingMessage, MessageBus, OutgoingMessage } from '../port';
import { startIdempotentConsumer } from './idempotent-consumer';

/** A bus that hands the consumer's options to the test instead of a broker. */
function fakeBus() {
  const published: OutgoingMessage[] = [];
  const committed: IncomingMessage[] = [];
  let consumed: ConsumeOptions | undefined;
  const bus = {
    createPublisher: async () => ({ publish: async (messages: readonly OutgoingMessage[]) => void published.push(...messages), close: async () => undefined }),
    consume: async (options: ConsumeOptions) => {
      consumed = options;
      return { commit: async (message: IncomingMessage) => void committed.push(message), stop: async () => undefined };
    },
  } as unknown as MessageBus;
  return { bus, published, committed, consumed: () => consumed! };
}

const recorded = (revision: number): RecordedEvent => ({
  id: `00000000-0000-4000-9000-00000000000${revision}`,
  type: 'AgreementSigned',
  schemaVersion: 1,
  streamId: 'agreement-m1',
  revision: BigInt(revision),
  position: BigInt(revision + 1),
  data: { revision },
  metadata: {},
  recordedAt: new Date(Date.UTC(2026, 6, 10)),
});
const fetched = (...events: RecordedEvent[]): IncomingMessage[] =>
  events.map((event, offset) => {
    const { topic, key, value, headers } = eventToMessage(event);
    return { topic, partition: 0, offset: String(offset), key, value: Buffer.from(value), headers };
  });
const foreign = (offset: string): IncomingMessage => ({ topic: 'agreement', partition: 0, offset, key: null, value: Buffer.from('not json'), headers: {} });

describe('an idempotent consumer given a whole fetch of a partition', () => {
  it('applies the fetch in one call, parks what it cannot decode, and releases the last offset', async () => {
    const { bus, published, committed, consumed } = fakeBus();
    const batches: RecordedEvent[][] = [];
    await startIdempotentConsumer({ bus, groupId: 'g', topics: ['agreement'], applyOnce: async () => { throw new Error('applied one by one'); }, applyBatchOnce: async (events) => void batches.push([...events]) });
    const messages = [...fetched(recorded(0), recorded(1)), foreign('2')];
    await consumed().handleBatch!(messages);
    expect(batches.map((batch) => batch.map((event) => event.revision))).toEqual([[0n, 1n]]);
    expect(published.map((message) => message.topic)).toEqual(['agreement.dlq']);
    expect(committed).toEqual([messages[2]]);
  });

  it('applies a fetch that fails one event at a time, parking only the event that keeps failing', async () => {
    const { bus, published, committed, consumed } = fakeBus();
    const applied: bigint[] = [];
    const seenBeforeCommit: string[] = [];
    await startIdempotentConsumer({
      bus,
      groupId: 'g',
      topics: ['agreement'],
      maxAttempts: 2,
      retryDelayMs: 0,
      applyOnce: async (event) => {
        if (event.revision === 1n) throw new Error('CTI-TEST-1: cannot be projected');
        applied.push(event.revision);
      },
      applyBatchOnce: async () => {
        throw new Error('CTI-TEST-1: cannot be projected');
      },
      beforeOffsetCommit: (message) => void seenBeforeCommit.push(message.offset),
    });
    const messages = fetched(recorded(0), recorded(1), recorded(2));
    await consumed().handleBatch!(messages);
    expect(applied).toEqual([0n, 2n]);
    expect(published).toHaveLength(1);
    expect(published[0].headers['stream-revision']).toBe('1');
    expect(seenBeforeCommit).toEqual(['0', '1', '2']);
    expect(committed).toEqual([messages[2]]);
  });

  it('consumes one message at a time when the effect applies events only one by one', async () => {
    const { bus, consumed } = fakeBus();
    await startIdempotentConsumer({ bus, groupId: 'g', topics: ['agreement'], applyOnce: async () => undefined });
    expect(consumed().handleBatch).toBeUndefined();
  });
});
