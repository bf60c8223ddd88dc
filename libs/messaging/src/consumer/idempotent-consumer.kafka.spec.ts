import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RecordedEvent } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { MessagingDatabase, openMessagingDatabase } from '../database';
import { DEAD_LETTER_HEADERS, deadLetterTopicOf } from '../dead-letter';
import { eventToMessage } from '../events';
import { MessageBus, MessagePublisher } from '../port';
import { TEST_BROKERS, collectMessages, testBus, uniqueTopicPrefix, waitFor } from '../testing';
import { startIdempotentConsumer } from './idempotent-consumer';

jest.setTimeout(60_000);

const event = (streamId: string, revision: number): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
  type: 'TestEventHappened',
  schemaVersion: 1,
  streamId,
  revision: BigInt(revision),
  position: BigInt(revision + 1),
  data: { revision },
  metadata: {},
  recordedAt: new Date(),
});

describe('idempotent consumer on PostgreSQL', () => {
  let bus: MessageBus;
  let publisher: MessagePublisher;
  let database: MessagingDatabase;
  let schema: { connectionString: string; drop(): Promise<void> };

  beforeEach(async () => {
    bus = testBus();
    publisher = await bus.createPublisher();
    schema = await createTestSchema();
    database = openMessagingDatabase({ kind: 'postgres', connectionString: schema.connectionString });
    await database.query('CREATE TABLE applied (seq SERIAL PRIMARY KEY, stream_id TEXT NOT NULL, revision BIGINT NOT NULL)');
  });
  afterEach(async () => {
    await publisher.close();
    await bus.close();
    await database.close();
    await schema.drop();
  });

  const appliedRevisions = async () =>
    (await database.query<{ revision: string }>('SELECT revision FROM applied ORDER BY seq')).rows.map((r) => Number(r.revision));

  it('applies a redelivered event once, parks a poison event on <topic>.dlq after the retries, keeps the partition flowing, and dlq:replay brings it back', async () => {
    const prefix = uniqueTopicPrefix();
    const topic = `${prefix}agreement`;
    const stream = 'agreement-poison';
    let poisoned = true;
    let attemptsOnPoison = 0;
    let crashBeforeCommit = true;
    const consumer = await startIdempotentConsumer({
      bus,
      database,
      groupId: `${prefix}consumer`,
      topics: [topic],
      maxAttempts: 3,
      retryDelayMs: 20,
      apply: async (recorded, tx) => {
        await tx.query('INSERT INTO applied (stream_id, revision) VALUES ($1, $2)', [recorded.streamId, recorded.revision.toString()]);
        if (recorded.revision === 2n && poisoned) {
          attemptsOnPoison += 1;
          throw new Error('CTI-TEST-1: this event cannot be applied');
        }
      },
      beforeOffsetCommit: (message) => {
        // A crash after the transaction and before the offset commit: the message comes again.
        if (message.headers['stream-revision'] === '0' && crashBeforeCommit) {
          crashBeforeCommit = false;
          throw new Error('crashed before the offset commit');
        }
      },
    });
    const parked = await collectMessages(bus, [deadLetterTopicOf(topic)]);
    try {
      await publisher.publish([0, 1, 2, 3, 4].map((revision) => eventToMessage(event(stream, revision), prefix)));
      await waitFor('the events after the poison one', async () => (await appliedRevisions()).includes(4));
      await waitFor('the parked event', () => parked.received.length === 1);

      expect(await appliedRevisions()).toEqual([0, 1, 3, 4]);
      expect(attemptsOnPoison).toBe(3);
      const [dead] = parked.received;
      expect(dead.key).toBe(stream);
      expect(dead.headers['stream-revision']).toBe('2');
      expect(dead.headers[DEAD_LETTER_HEADERS.error]).toContain('CTI-TEST-1');
      expect(dead.headers[DEAD_LETTER_HEADERS.attempts]).toBe('3');
      expect(dead.headers[DEAD_LETTER_HEADERS.originalTopic]).toBe(topic);

      poisoned = false;
      const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'dlq:replay', '--', topic], {
        cwd: join(__dirname, '../../../..'),
        env: { ...process.env, KAFKA_BROKERS: TEST_BROKERS.join(','), KAFKA_LOG_LEVEL: 'nothing' },
      });
      expect(stdout).toContain(`replayed 1 message(s) from ${topic}.dlq`);
      await waitFor('the replayed event', async () => (await appliedRevisions()).includes(2));
      expect(await appliedRevisions()).toEqual([0, 1, 3, 4, 2]);
    } finally {
      await parked.consumer.stop();
      await consumer.stop();
    }
  });
});
