import { AGREEMENT_EVENT_TYPES } from '@app/domain';
import { approvalCommands } from '@app/domain/testing';
import { DEAD_LETTER_HEADERS, MessageBus, MessagePublisher, categoryTopics, deadLetterTopicOf, eventToMessage } from '@app/messaging';
import { collectMessages, testBus, uniqueTopicPrefix, waitFor } from '@app/messaging/testing';
import { RowProjection } from '../projection';
import { PROJECTIONS } from '../projections';
import { ProjectionRunner } from '../runner';
import { StoresUnderTest, agreementEventsToAppend, readModelSnapshot, storesUnderTest } from '../testing';
import { KafkaProjectionFeed } from './kafka-projection-feed';

jest.setTimeout(90_000);

const MOBILITIES = ['feed0000-0000-4000-8000-000000000001', 'feed0000-0000-4000-8000-000000000002', 'feed0000-0000-4000-8000-000000000003'];

/** The read models fed from the broker on SQLite (the distributed tests cover PostgreSQL across processes). */
describe('read models fed from Kafka on SQLite', () => {
  let stores: StoresUnderTest;
  let bus: MessageBus;
  let publisher: MessagePublisher;
  beforeEach(async () => {
    stores = await storesUnderTest('sqlite');
    bus = testBus('feed-spec');
    publisher = await bus.createPublisher();
  });
  afterEach(async () => {
    await publisher.close();
    await bus.close();
    await stores.dispose();
  });

  /** Three approved agreements in the store, and their events published by hand (no relay), each as often as `times` says. */
  async function publishAgreements(prefix: string, times = 1) {
    for (const id of MOBILITIES) {
      await stores.events.appendToStream(`agreement-${id}`, agreementEventsToAppend(approvalCommands(), id), { expectedRevision: 'no_stream' });
    }
    const log = await stores.events.readAll();
    for (let n = 0; n < times; n += 1) await publisher.publish(log.map((event) => eventToMessage(event, prefix)));
    return log;
  }

  async function rebuiltFromTheStore() {
    const scratch = await storesUnderTest('sqlite');
    try {
      for (const projection of PROJECTIONS) await scratch.projections.prepare(projection);
      await new ProjectionRunner(stores.events, scratch.projections, PROJECTIONS).catchUp();
      return await readModelSnapshot(scratch.projections, PROJECTIONS);
    } finally {
      await scratch.dispose();
    }
  }

  it('applies every event once when the broker delivers it twice and a crash strikes between the transaction and the offset commit', async () => {
    const prefix = uniqueTopicPrefix();
    let crashes = 0;
    // Row and document projections shrug off a repeat by themselves: this one tells whether the feed let one through.
    const applications: string[] = [];
    const counting: RowProjection = {
      kind: 'rows',
      name: 'counting',
      version: 1,
      tables: [],
      canHandle: AGREEMENT_EVENT_TYPES,
      apply: (event) => {
        applications.push(`${event.streamId}@${event.revision}`);
        return [];
      },
    };
    const feed = await KafkaProjectionFeed.start({
      bus,
      events: stores.events,
      store: stores.projections,
      projections: [...PROJECTIONS, counting],
      groupId: `${prefix}projections`,
      topics: categoryTopics(prefix),
      beforeOffsetCommit: (message) => {
        if (message.offset === '2' && crashes === 0) {
          crashes += 1;
          throw new Error('crashed after the transaction, before the offset commit');
        }
      },
    });
    try {
      const log = await publishAgreements(prefix, 2);
      let applied = 0;
      const delivered = async () => (applied = (await stores.projections.select(PROJECTIONS[0], 'audit_timeline')).length);
      await waitFor(`all ${log.length} events in the audit timeline`, async () => (await delivered()) === log.length);
      await feed.catchUp();
      expect(crashes).toBe(1);
      expect(applied).toBe(log.length);
      expect(applications.sort()).toEqual(log.map((event) => `${event.streamId}@${event.revision}`).sort());
      expect(await readModelSnapshot(stores.projections, PROJECTIONS)).toEqual(await rebuiltFromTheStore());
    } finally {
      await feed.stop();
    }
  });

  it('parks an event no projection can apply on the dead-letter topic and keeps the partition flowing', async () => {
    const prefix = uniqueTopicPrefix();
    const [poisoned] = MOBILITIES;
    const fragile: RowProjection = {
      kind: 'rows',
      name: 'fragile',
      version: 1,
      tables: [{ name: 'fragile', primaryKey: ['stream_id', 'revision'], columns: { stream_id: 'text', revision: 'integer' } }],
      canHandle: ['AgreementSigned'],
      apply: (event) => {
        if (event.streamId === `agreement-${poisoned}` && event.revision === 2n) throw new Error('CTI-TEST-1: this signature cannot be projected');
        return [{ kind: 'upsert', table: 'fragile', row: { stream_id: event.streamId, revision: Number(event.revision) } }];
      },
    };
    const parked = await collectMessages(bus, categoryTopics(prefix).map(deadLetterTopicOf));
    const feed = await KafkaProjectionFeed.start({
      bus,
      events: stores.events,
      store: stores.projections,
      projections: [fragile],
      groupId: `${prefix}projections`,
      topics: categoryTopics(prefix),
      maxAttempts: 2,
    });
    try {
      const log = await publishAgreements(prefix);
      const signatures = log.filter((event) => event.type === 'AgreementSigned');
      await waitFor('the signatures after the poisoned one', async () => (await stores.projections.select(fragile, 'fragile')).length === signatures.length - 1);
      await waitFor('the parked event', () => parked.received.length === 1);
      const [dead] = parked.received;
      expect(dead.headers['stream-id']).toBe(`agreement-${poisoned}`);
      expect(dead.headers['stream-revision']).toBe('2');
      expect(dead.headers[DEAD_LETTER_HEADERS.error]).toContain('CTI-TEST-1');
      // Nothing of the poisoned event was written: its delivery record rolled back with it.
      const rows = await stores.projections.select(fragile, 'fragile');
      expect(rows).not.toContainEqual({ stream_id: `agreement-${poisoned}`, revision: 2 });
    } finally {
      await parked.consumer.stop();
      await feed.stop();
    }
  });
});
