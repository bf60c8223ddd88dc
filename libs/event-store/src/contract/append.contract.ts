import { InvalidAppendError, WrongExpectedRevisionError } from '../errors';
import { StoreFactory, StoreUnderTest, event, events, streamName } from './contract-fixtures';

export function appendContract(open: StoreFactory): void {
  describe('appendToStream', () => {
    let subject: StoreUnderTest;
    beforeEach(async () => (subject = await open()));
    afterEach(() => subject.dispose());

    it('numbers a new stream from revision 0 and returns the next expected revision', async () => {
      const stream = streamName();
      const first = await subject.store.appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
      expect(first.nextExpectedRevision).toBe(2n);
      const second = await subject.store.appendToStream(stream, events(2), { expectedRevision: 2n });
      expect(second.nextExpectedRevision).toBe(4n);
      expect(second.position).not.toBe(first.position);
      const read = await subject.store.readStream(stream);
      expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      expect(read[4].position).toBe(second.position);
    });

    it('keeps id, type, schema version, data, metadata and time of each event', async () => {
      const stream = streamName();
      const sent = { ...event('AgreementDrafted', { title: 'x', credits: ['7.5'] }), schemaVersion: 3 };
      await subject.store.appendToStream(stream, [sent], { expectedRevision: 'any' });
      const [stored] = await subject.store.readStream(stream);
      expect(stored).toMatchObject({
        id: sent.id,
        type: 'AgreementDrafted',
        schemaVersion: 3,
        streamId: stream,
        revision: 0n,
        data: { title: 'x', credits: ['7.5'] },
        metadata: { actor: 'contract' },
      });
      expect(stored.recordedAt).toBeInstanceOf(Date);
      expect(Math.abs(stored.recordedAt.getTime() - Date.now())).toBeLessThan(60_000);
    });

    it('refuses a wrong expected revision with a typed error naming stream, expected and actual', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
      for (const expectedRevision of ['no_stream' as const, 0n, 5n]) {
        const failure = subject.store.appendToStream(stream, [event()], { expectedRevision });
        await expect(failure).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(failure).rejects.toMatchObject({ streamId: stream, expectedRevision, actualRevision: 1n });
      }
    });

    it('refuses stream_exists and a revision on a missing stream, reporting no_stream', async () => {
      const stream = streamName();
      for (const expectedRevision of ['stream_exists' as const, 0n]) {
        await expect(subject.store.appendToStream(stream, [event()], { expectedRevision })).rejects.toMatchObject({
          name: 'WrongExpectedRevisionError',
          actualRevision: 'no_stream',
        });
      }
      expect(await subject.store.readStream(stream)).toEqual([]);
    });

    it('appends with any and stream_exists whatever the revision', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, [event()], { expectedRevision: 'any' });
      const result = await subject.store.appendToStream(stream, [event()], { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1n);
    });

    it('writes a batch atomically: a refused batch leaves nothing behind', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, events(1), { expectedRevision: 'no_stream' });
      await expect(subject.store.appendToStream(stream, events(50), { expectedRevision: 7n })).rejects.toThrow(
        WrongExpectedRevisionError,
      );
      expect(await subject.store.readStream(stream)).toHaveLength(1);
    });

    it('refuses malformed input before touching storage', async () => {
      const stream = streamName();
      const refusals = [
        subject.store.appendToStream('', [event()], { expectedRevision: 'any' }),
        subject.store.appendToStream(stream, [], { expectedRevision: 'any' }),
        subject.store.appendToStream(stream, [event('T', {}, 'not-a-uuid')], { expectedRevision: 'any' }),
        subject.store.appendToStream(stream, [event('T', {}, '6f1c3f5e-9d0b-4c1e-8a57-3d2b1c0a9f8e'), event('T', {}, '6f1c3f5e-9d0b-4c1e-8a57-3d2b1c0a9f8e')], { expectedRevision: 'any' }),
      ];
      for (const refusal of refusals) await expect(refusal).rejects.toBeInstanceOf(InvalidAppendError);
      expect(await subject.store.readStream(stream)).toEqual([]);
    });

    it('stores large events, large batches and unicode exactly', async () => {
      const stream = streamName('mobilité-学生-🎓');
      const big = { text: 'é'.repeat(512 * 1024), nested: { list: Array.from({ length: 1000 }, (_, i) => `item ${i} ✓`) } };
      const unicode = { name: 'Zoë Ørsted-Nguyễn 张伟 🇫🇷', quote: '"\\u0000?" \u2028 ok' };
      await subject.store.appendToStream(stream, [event('Big', big), event('Unicode', unicode)], { expectedRevision: 'no_stream' });
      await subject.store.appendToStream(stream, events(1000, 'Batched'), { expectedRevision: 1n });
      const read = await subject.store.readStream(stream);
      expect(read).toHaveLength(1002);
      expect(read[0].data).toEqual(big);
      expect(read[1].data).toEqual(unicode);
      expect(read[0].streamId).toBe(stream);
      expect(read.slice(2).map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: 1000 }, (_, n) => n));
    });

    it('runs its schema migrations again without harm', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
      const again = await subject.reopen();
      try {
        expect(await again.readStream(stream)).toHaveLength(2);
        await again.appendToStream(stream, events(1), { expectedRevision: 1n });
      } finally {
        await again.close();
      }
    });
  });
}
