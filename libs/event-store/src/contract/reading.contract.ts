import { StoreFactory, StoreUnderTest, events, ownedBy, readAllPaged, streamName } from './contract-fixtures';

export function readingContract(open: StoreFactory): void {
  describe('reading', () => {
    let subject: StoreUnderTest;
    beforeEach(async () => (subject = await open()));
    afterEach(() => subject.dispose());

    it('reads a stream forwards and backwards, from a revision, up to a count', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, events(10), { expectedRevision: 'no_stream' });
      const revisions = async (options: Parameters<typeof subject.store.readStream>[1]) =>
        (await subject.store.readStream(stream, options)).map((e) => Number(e.revision));
      expect(await revisions({ fromRevision: 7n })).toEqual([7, 8, 9]);
      expect(await revisions({ fromRevision: 2n, maxCount: 3 })).toEqual([2, 3, 4]);
      expect(await revisions({ direction: 'backwards', maxCount: 2 })).toEqual([9, 8]);
      expect(await revisions({ direction: 'backwards', fromRevision: 1n })).toEqual([1, 0]);
      expect(await subject.store.readStream(streamName())).toEqual([]);
    });

    it('reads the global log in append order, from a position inclusive, a page at a time', async () => {
      const [a, b] = [streamName('a'), streamName('b')];
      await subject.store.appendToStream(a, events(3), { expectedRevision: 'no_stream' });
      await subject.store.appendToStream(b, events(2), { expectedRevision: 'no_stream' });
      await subject.store.appendToStream(a, events(1), { expectedRevision: 2n });
      const all = (await subject.store.readAll()).filter(ownedBy([a, b]));
      expect(all.map((e) => [e.streamId, Number(e.revision)])).toEqual([
        [a, 0], [a, 1], [a, 2], [b, 0], [b, 1], [a, 3],
      ]);
      expect(new Set(all.map((e) => e.position)).size).toBe(6);
      const fromFourth = await subject.store.readAll({ fromPosition: all[3].position, maxCount: 2 });
      expect(fromFourth.map((e) => e.id)).toEqual([all[3].id, all[4].id]);
      const paged = (await readAllPaged(subject.store, 2)).filter(ownedBy([a, b]));
      expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    });
  });
}
