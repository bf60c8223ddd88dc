import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema } from '../../../event-store/src/postgres/postgres-test-database';
import type { Reactions } from '../reaction/reaction';
import { recordedStream } from '../testing/recorded';
import { PostgresReactionStore } from './postgres-reaction-store';
import { ReactionStore } from './reaction-store';
import { SqliteReactionStore } from './sqlite-reaction-store';

const events = recordedStream('agreement-m1', [1, 2, 3].map((n) => ({ type: 'AgreementSigned', data: { n } })));
/** One message per event, keyed by its revision: what a reaction makes of each. */
const reactionsOf = (event: (typeof events)[number]): Reactions => ({
  work: [{ key: `turn-to-sign:${event.streamId}@${event.revision}:sending:x`, reason: 'turn-to-sign', recipient: { id: 'sending:x', address: 'x@example.com', language: 'en' }, facts: { link: '/agreements/m1' } }],
  due: [],
});

describe.each([
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'reaction-store-'));
      const open = () => new SqliteReactionStore(join(dir, 'ledger.db'));
      return { open, cleanUp: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'postgres',
    async () => {
      const schema = await createTestSchema();
      return { open: () => PostgresReactionStore.connect(schema.connectionString), cleanUp: () => schema.drop() };
    },
  ],
] as const)('the reaction store on %s', (_, database) => {
  let stores: ReactionStore[] = [];
  let cleanUp: () => Promise<void>;
  let open: () => ReactionStore | Promise<ReactionStore>;
  beforeEach(async () => {
    ({ open, cleanUp } = await database());
    stores = [];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    await cleanUp();
  });
  const opened = async () => {
    const store = await open();
    stores.push(store);
    await store.prepare('agreement-mail', async () => 'start');
    return store;
  };

  it('records the work and moves the checkpoint together; the same batch again records nothing', async () => {
    const store = await opened();
    expect(await store.record('agreement-mail', { after: 'start', events }, reactionsOf)).toEqual({ stale: false, checkpoint: events[2].position, recorded: 3 });
    expect(await store.record('agreement-mail', { after: 'start', events }, reactionsOf)).toEqual({ stale: false, checkpoint: events[2].position, recorded: 0 });
    expect((await store.list(10)).map((work) => [work.key, work.status])).toHaveLength(3);
  });

  it('a batch that overlaps the checkpoint records only what follows it; one elsewhere in the log is stale', async () => {
    const store = await opened();
    await store.record('agreement-mail', { after: 'start', events: events.slice(0, 2) }, reactionsOf);
    expect(await store.record('agreement-mail', { after: 'start', events }, reactionsOf)).toMatchObject({ stale: false, recorded: 1 });
    const other = recordedStream('agreement-m2', [{ type: 'AgreementSigned', data: {} }], { firstPosition: 100n });
    expect(await store.record('agreement-mail', { after: 99n, events: other }, reactionsOf)).toMatchObject({ stale: true, recorded: 0 });
  });

  it('a redelivery (a broker, a replay) or a second process records each event once, with its work, whatever the checkpoint', async () => {
    const [first, second] = [await opened(), await opened()];
    const to = [{ reaction: 'agreement-mail', reactionsOf }];
    const outcomes = await Promise.all([first.recordDelivered('reactions', events, to), second.recordDelivered('reactions', events, to)]);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.recorded, 0)).toBe(3);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.delivered, 0)).toBe(3);
    expect(await first.recordDelivered('reactions', [...events].reverse(), to)).toEqual({ delivered: 0, recorded: 0 });
    expect(await first.checkpointOf('agreement-mail')).toBe('start');
  });

  it('an event delivered before causes nothing again, even once the work it caused is gone (an erasure), while another feed records it anew', async () => {
    const store = await opened();
    const to = [{ reaction: 'agreement-mail', reactionsOf }];
    await store.recordDelivered('reactions', events.slice(0, 1), to);
    const erasing = { reaction: 'erasure', reactionsOf: (): Reactions => ({ work: [], due: [], erased: ['acc-x'] }) };
    const owned = (event: (typeof events)[number]): Reactions => ({ ...reactionsOf(event), work: reactionsOf(event).work.map((work) => ({ ...work, subjectId: 'acc-x' })) });
    await store.recordDelivered('other', events.slice(1, 2), [{ reaction: 'agreement-mail', reactionsOf: owned }]);
    await store.recordDelivered('reactions', events.slice(2, 3), [erasing]);
    expect((await store.list(10)).map((work) => work.key)).toEqual([reactionsOf(events[0]).work[0].key]);
    expect(await store.recordDelivered('other', events.slice(1, 2), [{ reaction: 'agreement-mail', reactionsOf: owned }])).toEqual({ delivered: 0, recorded: 0 });
    expect(await store.recordDelivered('third', events.slice(1, 2), to)).toEqual({ delivered: 1, recorded: 1 });
  });

  it('delivers in order of due time, retries when due, and gives up', async () => {
    const store = await opened();
    const at = new Date(events[0].recordedAt.getTime() + 60_000);
    await store.record('agreement-mail', { after: 'start', events: events.slice(0, 1) }, reactionsOf);
    const [work] = await store.deliverable(at, 10);
    await store.markFailed(work.key, at, 'busy', new Date(at.getTime() + 1000));
    expect(await store.deliverable(at, 10)).toEqual([]);
    expect((await store.deliverable(new Date(at.getTime() + 1000), 10)).map((w) => [w.status, w.attempts, w.lastError])).toEqual([['failed', 1, 'busy']]);
    await store.markFailed(work.key, at, 'still busy', undefined);
    expect((await store.list(10)).map((w) => [w.status, w.attempts])).toEqual([['given-up', 2]]);
    expect(await store.deliverable(new Date(at.getTime() + 10_000_000), 10)).toEqual([]);
  });
});
