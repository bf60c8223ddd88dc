import { createEventStore } from '../create-event-store';
import { EventStore } from '../event-store';
import { IdempotencyKeyReusedError, WrongExpectedRevisionError } from '../errors';
import { PersonalDataProtection, SqliteKeyStore, storedEvent, withPersonalData } from '../personal-data';
import { CommandDecider, handleCommand } from './handle-command';
import { deterministicEventId } from './deterministic-event-id';

type Added = { type: 'Added'; data: { amount: number } };
const counter: CommandDecider<{ add: number }, number, Added> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.amount,
  decide: ({ add }) => (add === 0 ? [] : [{ type: 'Added', data: { amount: add } }]),
};

const run = (store: EventStore, add: number, extra: Partial<Parameters<typeof handleCommand>[0]> = {}) =>
  handleCommand({
    store,
    streamId: 'counter-1',
    decider: counter,
    command: { add },
    stamp: (events, { metadata }) => events.map((e) => ({ type: e.type, data: e.data, metadata })),
    ...extra,
  } as Parameters<typeof handleCommand<{ add: number }, number, Added>>[0]);

describe('handleCommand: load, decide, append with the expected revision', () => {
  let store: EventStore;
  beforeEach(async () => (store = await createEventStore({ kind: 'sqlite', path: ':memory:' })));
  afterEach(() => store.close());

  it('decides again on fresh state when another writer got in between', async () => {
    await run(store, 1);
    let interfered = false;
    const racing: EventStore = {
      ...store,
      readStream: store.readStream.bind(store),
      appendToStream: async (...args) => {
        if (!interfered) {
          interfered = true;
          await store.appendToStream('counter-1', [{ type: 'Added', data: { amount: 10 } }], { expectedRevision: 'any' });
        }
        return store.appendToStream(...args);
      },
    };
    const result = await run(racing, 5);
    expect(result).toMatchObject({ state: 16, revision: 2n, newEvents: 1, replayed: false });
  });

  it('gives up with the conflict after the last attempt', async () => {
    const alwaysLosing: EventStore = {
      ...store,
      readStream: store.readStream.bind(store),
      appendToStream: async () => {
        throw new WrongExpectedRevisionError('counter-1', 'no_stream', 0n);
      },
    };
    await expect(run(alwaysLosing, 1, { maxAttempts: 3 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
  });

  it('answers a retry with the same idempotency key from the stream, appending nothing', async () => {
    const first = await run(store, 2, { idempotency: { key: 'k-1', scope: 'actor-1' } });
    await run(store, 3);
    const retry = await run(store, 2, { idempotency: { key: 'k-1', scope: 'actor-1' } });
    expect(retry).toMatchObject({ state: first.state, revision: first.revision, replayed: true, newEvents: 0 });
    expect(await store.readStream('counter-1')).toHaveLength(2);
  });

  it('answers a retry with the same key and fingerprint; refuses the key sent with another request (IDEMPOTENCY-KEY-REUSED)', async () => {
    const key = { key: 'k-2', scope: 'actor-1' };
    await run(store, 2, { idempotency: { ...key, fingerprint: 'sha-of-add-2' } });
    expect(await run(store, 2, { idempotency: { ...key, fingerprint: 'sha-of-add-2' } })).toMatchObject({ replayed: true, state: 2 });
    await expect(run(store, 7, { idempotency: { ...key, fingerprint: 'sha-of-add-7' } })).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    const [recorded] = await store.readStream('counter-1');
    expect(recorded.metadata).toMatchObject({ idempotencyKey: 'actor-1:k-2', requestFingerprint: 'sha-of-add-2' });
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });

  it('of two different requests in flight with one key, stores the first and refuses the second (IDEMPOTENCY-KEY-REUSED)', async () => {
    let reads = 0;
    let bothRead: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => (bothRead = resolve));
    const inStep: EventStore = {
      ...store,
      readStream: async (...args) => {
        if ((reads += 1) === 2) bothRead();
        return store.readStream(...args);
      },
      appendToStream: async (...args) => {
        await barrier;
        return store.appendToStream(...args);
      },
    };
    const key = { key: 'k-4', scope: 'actor-1' };
    const outcomes = await Promise.allSettled([
      run(inStep, 2, { idempotency: { ...key, fingerprint: 'sha-of-add-2' } }),
      run(inStep, 7, { idempotency: { ...key, fingerprint: 'sha-of-add-7' } }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyKeyReusedError);
    expect((await store.readStream('counter-1')).map((event) => event.data)).toEqual([{ amount: 2 }]);
  });

  it('refuses a stamp that leaves out the metadata it was given, rather than record a key outside the hash chain', async () => {
    const careless = run(store, 1, { idempotency: { key: 'k-3', scope: 'actor-1' }, stamp: (events: readonly Added[]) => events.map((e) => ({ type: e.type, data: e.data })) });
    await expect(careless).rejects.toThrow('the stamp left out the idempotencyKey');
    expect(await store.readStream('counter-1')).toEqual([]);
  });

  it('appends nothing when the decider decides nothing', async () => {
    expect(await run(store, 0)).toMatchObject({ state: 0, revision: 'no_stream', newEvents: 0 });
    expect(await store.readStream('counter-1')).toEqual([]);
  });

  it('keys the fingerprint of a request that names a student under their key: after erasure, no guess of the body confirms', async () => {
    type Named = { type: 'Named'; data: { studentId: string; name: string } };
    const naming: CommandDecider<{ name: string }, number, Named> = {
      initialState: () => 0,
      evolve: (count) => count + 1,
      decide: ({ name }) => [{ type: 'Named', data: { studentId: 'acc-ivan', name } }],
    };
    const protection = new PersonalDataProtection(
      (event) => (event.type === 'Named' ? [{ subjectId: 'acc-ivan', path: ['name'], erased: '[erased]' }] : []),
      new SqliteKeyStore(':memory:'),
    );
    const protectedStore = withPersonalData(store, protection);
    const plainFingerprint = 'sha256-of-a-body-naming-ivan-sidorov';
    const name = (value: string, fingerprint = plainFingerprint) =>
      handleCommand({
        store: protectedStore,
        streamId: 'named-1',
        decider: naming,
        command: { name: value },
        stamp: (events, { metadata }) => events.map((e) => ({ type: e.type, data: e.data, metadata })),
        idempotency: { key: 'name-once-0001', scope: 'acc-ivan', fingerprint },
      });
    await name('Ivan Sidorov');
    const [recorded] = (await protectedStore.readStream('named-1')).map(storedEvent);
    expect(recorded.metadata.requestFingerprint).not.toBe(plainFingerprint);
    expect(recorded.id).not.toBe(deterministicEventId(`acc-ivan\nnamed-1\nname-once-0001\n${plainFingerprint}\n0`));
    expect(await name('Ivan Sidorov')).toMatchObject({ replayed: true });
    await expect(name('Olga', 'sha256-of-another-body')).rejects.toBeInstanceOf(IdempotencyKeyReusedError);

    await protection.erase('acc-ivan');
    // The recorded fingerprint can no longer be compared: a retry is answered from the stream.
    expect(await name('Ivan Sidorov', 'sha256-of-another-body')).toMatchObject({ replayed: true });
    await protection.close();
  });
});
