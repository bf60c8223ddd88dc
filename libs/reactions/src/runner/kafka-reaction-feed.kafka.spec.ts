import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { AgreementCommand, agreementDecider, agreementStreamId, contentHash } from '@app/domain';
import { aContent, command, historyOf, receivingStaff, sendingStaff, student } from '@app/domain/testing';
import { EventStore, createEventStore } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { systemClock } from '@app/kernel';
import { MessageBus, MessagePublisher, categoryTopics, consumerLagOf, eventToMessage } from '@app/messaging';
import { TEST_BROKERS, testBus, uniqueTopicPrefix, waitFor } from '@app/messaging/testing';
import { agreementMailReaction } from '../mail/agreement-mail.reaction';
import { MailSender } from '../sender/mail-sender';
import { outboxTransport } from '../sender/mail-transport';
import { PostgresReactionStore } from '../store/postgres-reaction-store';
import { KafkaReactionFeed } from './kafka-reaction-feed';

jest.setTimeout(120_000);

const content = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@uw.edu.pl' } } });
const HISTORY = 'feed0000-0000-4000-8000-00000000000a';
const SIGNED = 'feed0000-0000-4000-8000-00000000000b';

/** The commands that take an agreement from draft to version 1 in force (LA-ORDER, CTI-LA-1), for `mobilityId`: the last signature approves it (revision 4). */
const approval = (mobilityId: string): AgreementCommand[] =>
  [command('DraftAgreement', student, { content }), ...[student, sendingStaff, receivingStaff].map((by) => command('SignAgreement', by, { contentHash: contentHash(content) }))].map(
    (each) => ({ ...each, data: { ...each.data, mobilityId } }) as AgreementCommand,
  );

/** The agreement-mail reaction fed from the broker over PostgreSQL, its messages written to an outbox folder by the real sender. */
describe('reactions fed from Kafka (issue 16)', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let events: EventStore;
  let store: PostgresReactionStore;
  let bus: MessageBus;
  let publisher: MessagePublisher;
  let outbox: string;
  let sender: MailSender;
  let prefix: string;
  beforeAll(async () => {
    schema = await createTestSchema();
    events = await createEventStore({ kind: 'postgres', connectionString: schema.connectionString });
    store = await PostgresReactionStore.connect(schema.connectionString);
    bus = testBus('reaction-feed-spec');
    publisher = await bus.createPublisher();
    outbox = mkdtempSync(join(tmpdir(), 'reaction-feed-'));
    const settings = { from: 'ledger@example.org', publicUrl: 'https://ledger.example.org', retryBaseMs: 100, maxAttempts: 3, pollMs: 1000, claimMs: 60_000, digestTo: new Set<string>() };
    sender = new MailSender(store, outboxTransport(outbox), undefined, systemClock, settings);
    prefix = uniqueTopicPrefix();
  });
  afterAll(async () => {
    await publisher?.close();
    await bus?.close();
    await store?.close();
    await events?.close();
    await schema?.drop();
    rmSync(outbox, { recursive: true, force: true });
  });

  /** A feed on the spec's group, counting the messages it handled (after their transaction, before the offset commit). */
  function feedOf(handled: { count: number }) {
    return new KafkaReactionFeed({
      bus,
      events,
      store,
      reactions: [agreementMailReaction({ reminderDays: 7 })],
      groupId: `${prefix}reactions`,
      topics: categoryTopics(prefix),
      beforeOffsetCommit: () => void (handled.count += 1),
    });
  }

  async function append(mobilityId: string) {
    await events.appendToStream(agreementStreamId(mobilityId), historyOf(agreementDecider, approval(mobilityId)), { expectedRevision: 'no_stream' });
    return (await events.readStream(agreementStreamId(mobilityId))).map((event) => eventToMessage(event, prefix));
  }

  const sentKeys = async () => (await store.list(100)).filter((work) => work.status === 'sent').map((work) => work.key).sort();
  const emlFiles = () => readdirSync(outbox).filter((name) => name.endsWith('.eml'));

  it('LA-ORDER, CTI-LA-1: each reason reaches each party once though the broker delivers every event twice; the history before the first start mails no one', async () => {
    const history = await append(HISTORY);
    await publisher.publish(history);
    const handled = { count: 0 };
    const feed = feedOf(handled);
    await feed.start();
    try {
      const signed = await append(SIGNED);
      await publisher.publish(signed);
      await publisher.publish(signed);
      const published = history.length + 2 * signed.length;
      await waitFor(`the ${published} messages handled`, () => handled.count === published, 60_000);
      expect(await sender.deliverDue()).toBe(6);
    } finally {
      await feed.stop();
    }
    const stream = agreementStreamId(SIGNED);
    expect(await sentKeys()).toEqual(
      [
        `in-force:${stream}@4:receiving:uw.edu.pl`,
        `in-force:${stream}@4:sending:insa-lyon.fr`,
        `in-force:${stream}@4:student:acc-ivan`,
        `turn-to-sign:${stream}@0:student:acc-ivan`,
        `turn-to-sign:${stream}@1:sending:insa-lyon.fr`,
        `turn-to-sign:${stream}@2:receiving:uw.edu.pl`,
      ].sort(),
    );
    expect(emlFiles()).toHaveLength(6);
  });

  it('a Kafka replay (the group’s offsets deleted, so it reads from the earliest offset) handles every message again and sends nothing new', async () => {
    const groupId = `${prefix}reactions`;
    const topics = categoryTopics(prefix);
    const before = await sentKeys();
    const admin = new Kafka({ brokers: TEST_BROKERS, clientId: 'reaction-feed-replay', logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      // The group's committed offsets gone, it reads every topic from the earliest offset again, as a
      // reset would; resetOffsets joins the group once per topic, some five seconds each.
      await admin.deleteGroups([groupId]);
    } finally {
      await admin.disconnect();
    }
    const handled = { count: 0 };
    const feed = feedOf(handled);
    await feed.start();
    try {
      const ends = await Promise.all(topics.map((topic) => bus.endOffsets(topic)));
      const published = ends.flat().reduce((sum, partition) => sum + Number(partition.offset), 0);
      await waitFor(`the ${published} messages handled again`, () => handled.count === published, 60_000);
      await waitFor('the group at the end of every partition', async () =>
        (await Promise.all(topics.map(async (topic, i) => consumerLagOf(ends[i], await bus.committedOffsets(groupId, topic))))).every((lag) => lag === 0),
      );
      expect(await sender.deliverDue()).toBe(0);
    } finally {
      await feed.stop();
    }
    expect((await store.list(100)).map((work) => work.key).sort()).toEqual(before);
    expect(emlFiles()).toHaveLength(6);
  });
});
