import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@app/kernel';
import { createTestSchema } from '../../../event-store/src/postgres/postgres-test-database';
import type { Reactions } from '../reaction/reaction';
import { PostgresReactionStore } from '../store/postgres-reaction-store';
import { ReactionStore } from '../store/reaction-store';
import { SqliteReactionStore } from '../store/sqlite-reaction-store';
import { recordedStream } from '../testing/recorded';
import { MailSender, MailSettings } from './mail-sender';
import { MailTransport, OutgoingMail } from './mail-transport';

const ITEMS = 120;
const events = recordedStream(
  'agreement-m1',
  Array.from({ length: ITEMS }, (_, n) => ({ type: 'AgreementSigned', data: { n } })),
  { minutesApart: 0 },
);
const reactionsOf = (event: (typeof events)[number]): Reactions => ({
  work: [{ key: `turn-to-sign:${event.streamId}@${event.revision}:sending:x`, reason: 'turn-to-sign', recipient: { id: 'sending:x', address: 'x@example.com', language: 'en' }, facts: { link: '/agreements/m1' } }],
  due: [],
});
const settings: MailSettings = { from: 'ledger@example.org', publicUrl: 'https://ledger.example.org', retryBaseMs: 1000, maxAttempts: 5, pollMs: 1000, claimMs: 60_000, digestTo: new Set() };
const at = (iso: string): Clock => ({ now: () => new Date(iso) });

/** A server that takes a little while to accept each message, and the messages it accepted, by Message-ID. */
function recordingTransport(): MailTransport & { accepted: OutgoingMail[] } {
  const accepted: OutgoingMail[] = [];
  return {
    accepted,
    send: async (mail) => {
      await new Promise((resolve) => setTimeout(resolve, 1 + Math.floor(Math.random() * 3)));
      accepted.push(mail);
      return {};
    },
    close: () => undefined,
  };
}

/** A server whose sends never come back until `fail` is called: a sender stuck, or killed, mid-send. */
function hungTransport(): MailTransport & { tried: OutgoingMail[]; fail: () => void } {
  const tried: OutgoingMail[] = [];
  const waiting: ((error: Error) => void)[] = [];
  return {
    tried,
    send: (mail) => {
      tried.push(mail);
      return new Promise((_, reject) => waiting.push(reject));
    },
    fail: () => waiting.splice(0).forEach((reject) => reject(new Error('connection reset'))),
    close: () => undefined,
  };
}

describe.each([
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mail-sender-'));
      return { open: async () => new SqliteReactionStore(join(dir, 'ledger.db')), cleanUp: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'postgres',
    async () => {
      const schema = await createTestSchema();
      return { open: () => PostgresReactionStore.connect(schema.connectionString), cleanUp: () => schema.drop() };
    },
  ],
] as const)('mail senders sharing one database on %s (issue 16)', (_, database) => {
  let stores: ReactionStore[];
  let cleanUp: () => Promise<void>;
  beforeEach(async () => {
    const opened = await database();
    cleanUp = opened.cleanUp;
    // Two connections, as two processes have: each sender claims through its own.
    stores = [await opened.open(), await opened.open()];
    await stores[0].prepare('agreement-mail', async () => 'start');
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    await cleanUp();
  });

  it('two senders started together over the same due items send each exactly once', async () => {
    await stores[0].record('agreement-mail', { after: 'start', events }, reactionsOf);
    const transports = [recordingTransport(), recordingTransport()];
    const senders = stores.map((store, n) => new MailSender(store, transports[n], undefined, at('2026-02-01T00:00:00.000Z'), settings));

    const sent = await Promise.all(senders.map((sender) => sender.deliverDue()));

    const messageIds = transports.flatMap((transport) => transport.accepted.map((mail) => mail.messageId));
    expect(messageIds).toHaveLength(ITEMS);
    expect(new Set(messageIds).size).toBe(ITEMS);
    expect(sent[0] + sent[1]).toBe(ITEMS);
    // Both took part: the race was run, not won by whoever started first.
    expect(transports.map((transport) => transport.accepted.length > 0)).toEqual([true, true]);
    const recorded = await stores[1].list(ITEMS + 1);
    expect(recorded.filter((work) => work.status === 'sent' && work.claimedBy === undefined)).toHaveLength(ITEMS);
  });

  it('the items of a sender stuck mid-send go to another once its claim ends, as the same messages, and the stuck one cannot undo their sending', async () => {
    await stores[0].record('agreement-mail', { after: 'start', events: events.slice(0, 3) }, reactionsOf);
    const stuck = hungTransport();
    const first = new MailSender(stores[0], stuck, undefined, at('2026-02-01T00:00:00.000Z'), settings);
    const late = recordingTransport();
    let now = '2026-02-01T00:00:30.000Z';
    const second = new MailSender(stores[1], late, undefined, { now: () => new Date(now) }, settings);

    const firstPass = first.deliverDue();
    await waitUntil(() => stuck.tried.length === 1);
    expect(await second.deliverDue()).toBe(0);
    expect(late.accepted).toEqual([]);

    now = '2026-02-01T00:01:00.000Z';
    expect(await second.deliverDue()).toBe(3);
    expect(late.accepted.map((mail) => mail.messageId)).toContain(stuck.tried[0].messageId);

    stuck.fail();
    expect(await firstPass).toBe(0);
    expect(stuck.tried).toHaveLength(1);
    expect((await stores[0].list(10)).map((work) => [work.status, work.attempts])).toEqual(Array(3).fill(['sent', 1]));
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
