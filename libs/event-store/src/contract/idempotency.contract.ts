import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { StoreFactory, StoreUnderTest, event, events, streamName } from './contract-fixtures';

export function idempotencyContract(open: StoreFactory): void {
  describe('idempotent retries', () => {
    let subject: StoreUnderTest;
    beforeEach(async () => (subject = await open()));
    afterEach(() => subject.dispose());

    it('stores a retried append once and answers it as the first attempt was answered', async () => {
      const stream = streamName();
      await subject.store.appendToStream(stream, events(1), { expectedRevision: 'no_stream' });
      const batch = events(3);
      const first = await subject.store.appendToStream(stream, batch, { expectedRevision: 0n });
      await subject.store.appendToStream(stream, events(1), { expectedRevision: 3n });
      const retry = await subject.store.appendToStream(stream, batch, { expectedRevision: 0n });
      expect(retry).toEqual(first);
      expect(await subject.store.readStream(stream)).toHaveLength(5);
    });

    it('treats retries with no_stream and any the same way', async () => {
      const stream = streamName();
      const batch = events(2);
      const first = await subject.store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      expect(await subject.store.appendToStream(stream, batch, { expectedRevision: 'no_stream' })).toEqual(first);
      expect(await subject.store.appendToStream(stream, batch, { expectedRevision: 'any' })).toEqual(first);
      expect(await subject.store.readStream(stream)).toHaveLength(2);
    });

    it('remembers ids across a restart of the store', async () => {
      const stream = streamName();
      const batch = events(2);
      const first = await subject.store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      const again = await subject.reopen();
      try {
        expect(await again.appendToStream(stream, batch, { expectedRevision: 'no_stream' })).toEqual(first);
      } finally {
        await again.close();
      }
      expect(await subject.store.readStream(stream)).toHaveLength(2);
    });

    it('stores concurrent retries of one append once', async () => {
      const stream = streamName();
      const second = await subject.reopen();
      try {
        const batch = events(4);
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            (i % 2 ? second : subject.store).appendToStream(stream, batch, { expectedRevision: 'no_stream' }),
          ),
        );
        results.forEach((result) => expect(result).toEqual(results[0]));
        expect(await subject.store.readStream(stream)).toHaveLength(4);
      } finally {
        await second.close();
      }
    });

    it('refuses a retry whose expected revision the first attempt could not have had', async () => {
      const stream = streamName();
      const batch = events(1);
      await subject.store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      await expect(subject.store.appendToStream(stream, batch, { expectedRevision: 4n })).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
    });

    it('refuses an id already used in another stream or another batch', async () => {
      if (subject.uniqueIdsAcrossStreams === false) return;
      const reused = event();
      const [stream, other] = [streamName(), streamName()];
      await subject.store.appendToStream(stream, [reused], { expectedRevision: 'no_stream' });
      await expect(
        subject.store.appendToStream(other, [reused], { expectedRevision: 'any' }),
      ).rejects.toBeInstanceOf(DuplicateEventIdError);
      await expect(
        subject.store.appendToStream(stream, [event(), reused], { expectedRevision: 'any' }),
      ).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await subject.store.readStream(stream)).toHaveLength(1);
      expect(await subject.store.readStream(other)).toEqual([]);
    });
  });
}
