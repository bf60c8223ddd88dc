import { WrongExpectedRevisionError } from '../errors';
import { EventStore } from '../event-store';
import { StoreFactory, StoreUnderTest, event, streamName } from './contract-fixtures';

const CONTENDERS = 12;

async function appendWithRetry(store: EventStore, stream: string, writer: number, count: number): Promise<number> {
  let conflicts = 0;
  for (let n = 0; n < count; n += 1) {
    for (;;) {
      const last = (await store.readStream(stream, { direction: 'backwards', maxCount: 1 }))[0];
      try {
        await store.appendToStream(stream, [event('Written', { writer, n })], {
          expectedRevision: last ? last.revision : 'no_stream',
        });
        break;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        conflicts += 1;
      }
    }
  }
  return conflicts;
}

export function concurrencyContract(open: StoreFactory): void {
  describe('optimistic concurrency', () => {
    let subject: StoreUnderTest;
    beforeEach(async () => (subject = await open()));
    afterEach(() => subject.dispose());

    it('lets exactly one of many concurrent appenders win each revision', async () => {
      const stream = streamName();
      const second = await subject.reopen();
      try {
        for (let round = 0; round < 5; round += 1) {
          const expectedRevision = round === 0 ? ('no_stream' as const) : BigInt(round - 1);
          const attempts = await Promise.allSettled(
            Array.from({ length: CONTENDERS }, (_, i) =>
              (i % 2 ? second : subject.store).appendToStream(stream, [event('Contended', { round, i })], { expectedRevision }),
            ),
          );
          const won = attempts.filter((a) => a.status === 'fulfilled');
          const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(CONTENDERS - 1);
          lost.forEach((l) => expect(l.reason).toBeInstanceOf(WrongExpectedRevisionError));
        }
        const stored = await subject.store.readStream(stream);
        expect(stored.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      } finally {
        await second.close();
      }
    });

    it('loses no event when writers retry on conflict', async () => {
      const stream = streamName();
      const second = await subject.reopen();
      try {
        const writers = 6;
        const each = 10;
        await Promise.all(
          Array.from({ length: writers }, (_, w) => appendWithRetry(w % 2 ? second : subject.store, stream, w, each)),
        );
        const stored = await subject.store.readStream(stream);
        expect(stored).toHaveLength(writers * each);
        expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => BigInt(i)));
        for (let w = 0; w < writers; w += 1) {
          const mine = stored.map((e) => e.data as { writer: number; n: number }).filter((d) => d.writer === w);
          expect(mine.map((d) => d.n)).toEqual(Array.from({ length: each }, (_, n) => n));
        }
      } finally {
        await second.close();
      }
    });
  });
}
