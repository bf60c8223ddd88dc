import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
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
      const exec = async (sql: string) => {
        const db = new Database(join(dir, 'ledger.db'));
        db.exec(sql);
        db.close();
      };
      return { open, exec, cleanUp: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'postgres',
    async () => {
      const schema = await createTestSchema();
      const exec = async (sql: string) => {
        const client = new Client({ connectionString: schema.connectionString });
        await client.connect();
        await client.query(sql).finally(() => client.end());
      };
      return { open: () => PostgresReactionStore.connect(schema.connectionString), exec, cleanUp: () => schema.drop() };
    },
  ],
] as const)('the reaction store on %s', (_, database) => {
  let stores: ReactionStore[] = [];
  let cleanUp: () => Promise<void>;
  let open: () => ReactionStore | Promise<ReactionStore>;
  let exec: (sql: string) => Promise<void>;
  beforeEach(async () => {
    ({ open, exec, cleanUp } = await database());
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

  /** A sender's claim at `at`, holding for `ms`. */
  const claimOf = (sender: string, at: Date, ms = 60_000) => ({ sender, now: at, until: new Date(at.getTime() + ms) });

  it('delivers in order of due time, retries when due, and gives up', async () => {
    const store = await opened();
    const at = new Date(events[0].recordedAt.getTime() + 60_000);
    await store.record('agreement-mail', { after: 'start', events: events.slice(0, 1) }, reactionsOf);
    const [work] = await store.claimDeliverable(claimOf('a', at), 10);
    await store.markFailed(work.key, 'a', at, 'busy', new Date(at.getTime() + 1000));
    expect(await store.claimDeliverable(claimOf('a', at), 10)).toEqual([]);
    expect((await store.claimDeliverable(claimOf('b', new Date(at.getTime() + 1000)), 10)).map((w) => [w.status, w.attempts, w.lastError, w.claimedBy])).toEqual([['failed', 1, 'busy', 'b']]);
    await store.markFailed(work.key, 'b', at, 'still busy', undefined);
    expect((await store.list(10)).map((w) => [w.status, w.attempts, w.claimedBy])).toEqual([['given-up', 2, undefined]]);
    expect(await store.claimDeliverable(claimOf('a', new Date(at.getTime() + 10_000_000)), 10)).toEqual([]);
  });

  it('an item being sent is not listed twice: claimed, no other sender takes it while the claim holds, oldest first to the claimant', async () => {
    const store = await opened();
    const at = new Date(events[2].recordedAt.getTime() + 60_000);
    await store.record('agreement-mail', { after: 'start', events }, reactionsOf);
    const first = await store.claimDeliverable(claimOf('a', at), 2);
    expect(first.map((work) => [work.key, work.claimedBy])).toEqual(events.slice(0, 2).map((event) => [reactionsOf(event).work[0].key, 'a']));
    expect((await store.claimDeliverable(claimOf('b', at), 10)).map((work) => work.key)).toEqual([reactionsOf(events[2]).work[0].key]);
    expect(await store.claimDeliverable(claimOf('c', new Date(at.getTime() + 59_999)), 10)).toEqual([]);
    // Only the claimant renews, fails or holds an item; a sent one is no one's to renew.
    expect(await store.renewClaim(first[0].key, claimOf('b', at))).toBe(false);
    await store.markFailed(first[0].key, 'b', at, 'not mine', undefined);
    await store.markHeld(first[1].key, 'b');
    expect((await store.list(10)).map((work) => work.status)).toEqual(['queued', 'queued', 'queued']);
    await store.markSent(first[0].key, at, { messageId: '<m@x>' });
    expect(await store.renewClaim(first[0].key, claimOf('a', at))).toBe(false);
  });

  it('a claim that ended (its sender died) lets another sender take the item; the first can no longer renew it, but records its send if it made it', async () => {
    const store = await opened();
    const at = new Date(events[0].recordedAt.getTime() + 60_000);
    await store.record('agreement-mail', { after: 'start', events: events.slice(0, 1) }, reactionsOf);
    const [work] = await store.claimDeliverable(claimOf('dead', at, 1000), 10);
    expect(await store.claimDeliverable(claimOf('b', new Date(at.getTime() + 999)), 10)).toEqual([]);
    expect(await store.renewClaim(work.key, claimOf('dead', new Date(at.getTime() + 1500), 1000))).toBe(true);
    const later = new Date(at.getTime() + 2500);
    expect((await store.claimDeliverable(claimOf('b', later), 10)).map((each) => [each.key, each.claimedBy, each.claimedUntil])).toEqual([
      [work.key, 'b', new Date(later.getTime() + 60_000).toISOString()],
    ]);
    expect(await store.renewClaim(work.key, claimOf('dead', later))).toBe(false);
    await store.markFailed(work.key, 'dead', later, 'too late', new Date(later.getTime() + 1));
    expect((await store.list(10)).map((each) => [each.status, each.claimedBy])).toEqual([['queued', 'b']]);
    await store.markSent(work.key, later, { messageId: '<m@x>' });
    await store.markFailed(work.key, 'b', later, 'refused', new Date(later.getTime() + 1));
    expect((await store.list(10)).map((each) => [each.status, each.claimedBy])).toEqual([['sent', undefined]]);
  });

  it('a digest whose key exists gathers nothing: what it would have gathered stays held for the next one', async () => {
    const store = await opened();
    const at = new Date(events[1].recordedAt.getTime() + 60_000);
    await store.record('agreement-mail', { after: 'start', events: events.slice(0, 2) }, reactionsOf);
    const claimed = await store.claimDeliverable(claimOf('a', at), 10);
    for (const work of claimed) await store.markHeld(work.key, 'a');
    const digest = { ...reactionsOf(events[2]).work[0], key: 'digest:sending:x:day', reason: 'digest' as const };
    await store.recordDigest(digest, 'digest', at, [claimed[0].key]);
    await store.recordDigest(digest, 'digest', at, [claimed[1].key]);
    expect((await store.held(new Date(at.getTime() + 1))).map((work) => work.key)).toEqual([claimed[1].key]);
  });

  it('a ledger whose table predates claims starts with the columns added and keeps its messages, which any sender may claim', async () => {
    await exec(`CREATE TABLE reaction_work (
      work_key TEXT PRIMARY KEY, reaction TEXT NOT NULL, reason TEXT NOT NULL, recipient_id TEXT NOT NULL,
      address TEXT NOT NULL, language TEXT NOT NULL, subject_id TEXT, facts TEXT NOT NULL,
      status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, recorded_at TEXT NOT NULL, next_attempt_at TEXT NOT NULL,
      sent_at TEXT, last_error TEXT, message_id TEXT, outbox_file TEXT);
      INSERT INTO reaction_work (work_key, reaction, reason, recipient_id, address, language, facts, status, recorded_at, next_attempt_at)
      VALUES ('old', 'agreement-mail', 'turn-to-sign', 'sending:x', '"x@example.com"', 'en', '{"link":"/agreements/m1"}', 'queued', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`);
    // A second start over the migrated table adds nothing and fails on nothing.
    await (await open()).close();
    const store = await opened();
    expect((await store.claimDeliverable(claimOf('a', new Date('2026-01-02T00:00:00.000Z')), 10)).map((work) => [work.key, work.status, work.claimedBy])).toEqual([['old', 'queued', 'a']]);
  });
});
