import { RecordedEvent } from '../event-store';
import { StoreFactory, StoreUnderTest, eventually, events, ownedBy, readAllPaged, sleep, streamName } from './contract-fixtures';

const WRITERS = 6;
const APPENDS_PER_WRITER = 40;

export function globalLogContract(open: StoreFactory): void {
  describe('the global log under concurrent writers', () => {
    let subject: StoreUnderTest;
    beforeEach(async () => (subject = await open()));
    afterEach(() => subject.dispose());

    it('gives a tailing reader every event exactly once, in an order that keeps each stream in order', async () => {
      const writers = await Promise.all(Array.from({ length: WRITERS }, () => subject.reopen()));
      let writing = true;
      const streams = writers.map((_, w) => streamName(`writer${w}`));
      const seen: RecordedEvent[] = [];
      const tail = (async () => {
        let checkpoint: bigint | undefined;
        while (writing || seen.length < WRITERS * APPENDS_PER_WRITER * 2) {
          const page = await subject.store.readAll({ fromPosition: checkpoint, maxCount: 50 });
          const fresh = checkpoint === undefined ? page : page.filter((e) => e.position !== checkpoint);
          seen.push(...fresh.filter(ownedBy(streams)));
          if (fresh.length) checkpoint = fresh[fresh.length - 1].position;
          else await sleep(5);
        }
      })();
      try {
        await Promise.all(
          writers.map(async (store, w) => {
            const stream = streams[w];
            for (let n = 0; n < APPENDS_PER_WRITER; n += 1) {
              await store.appendToStream(stream, events(2), { expectedRevision: n === 0 ? 'no_stream' : BigInt(2 * n - 1) });
            }
          }),
        );
      } finally {
        writing = false;
        await tail;
        await Promise.all(writers.map((store) => store.close()));
      }
      expect(seen).toHaveLength(WRITERS * APPENDS_PER_WRITER * 2);
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      const revisionsByStream = new Map<string, bigint[]>();
      seen.forEach((e) => revisionsByStream.set(e.streamId, [...(revisionsByStream.get(e.streamId) ?? []), e.revision]));
      revisionsByStream.forEach((revisions) => expect(revisions).toEqual(revisions.map((_, i) => BigInt(i))));
      const paged = (await readAllPaged(subject.store, 100)).filter(ownedBy(streams));
      expect(paged.map((e) => e.id)).toEqual(seen.map((e) => e.id));
    });
  });

  describe('subscribeToAll', () => {
    let subject: StoreUnderTest;
    beforeEach(async () => (subject = await open()));
    afterEach(() => subject.dispose());

    it('catches up, follows live appends, and resumes from a checkpoint without loss or duplicates', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, events(5), { expectedRevision: 'no_stream' });
      const firstRun: RecordedEvent[] = [];
      const mine = ownedBy([stream]);
      const first = subject.store.subscribeToAll({
        fromPosition: 'start',
        handler: (e) => void (mine(e) && firstRun.push(e)),
      });
      await eventually(() => firstRun.length === 5);
      await subject.store.appendToStream(stream, events(3), { expectedRevision: 4n });
      await eventually(() => firstRun.length === 8);
      await first.stop();
      await first.done;

      const checkpoint = firstRun[firstRun.length - 1].position;
      await subject.store.appendToStream(stream, events(4), { expectedRevision: 7n });
      const resumed: RecordedEvent[] = [];
      const second = subject.store.subscribeToAll({
        fromPosition: checkpoint,
        handler: (e) => void (mine(e) && resumed.push(e)),
      });
      await eventually(() => resumed.length === 4);
      await subject.store.appendToStream(stream, events(1), { expectedRevision: 11n });
      await eventually(() => resumed.length === 5);
      await sleep(300);
      await second.stop();
      expect([...firstRun, ...resumed].map((e) => Number(e.revision))).toEqual(Array.from({ length: 13 }, (_, i) => i));
    });

    it('delivers one event at a time and ends with the handler error', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
      const handled: number[] = [];
      let inFlight = 0;
      const subscription = subject.store.subscribeToAll({
        fromPosition: 'start',
        handler: async (e) => {
          if (e.streamId !== stream) return;
          inFlight += 1;
          expect(inFlight).toBe(1);
          await sleep(5);
          inFlight -= 1;
          if (e.revision === 1n) throw new Error('projection failed');
          handled.push(Number(e.revision));
        },
      });
      await expect(subscription.done).rejects.toThrow('projection failed');
      expect(handled).toEqual([0]);
    });
  });
}
