import { createEventStore } from '../create-event-store';
import { EventStore } from '../event-store';
import { WrongExpectedRevisionError } from '../errors';
import { CommandDecider, handleCommand } from './handle-command';

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
    stamp: (events) => events.map((e) => ({ type: e.type, data: e.data })),
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

  it('appends nothing when the decider decides nothing', async () => {
    expect(await run(store, 0)).toMatchObject({ state: 0, revision: 'no_stream', newEvents: 0 });
    expect(await store.readStream('counter-1')).toEqual([]);
  });
});
