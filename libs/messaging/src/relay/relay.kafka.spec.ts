import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, createEventStore } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { EVENT_HEADERS, STREAM_CATEGORIES } from '../events';
import { MessagingDatabaseConfig } from '../database';
import { MessageBus } from '../port';
import {
  appendConcurrently,
  collectMessages,
  expectedRevisions,
  revisionsByStream,
  TEST_KAFKA,
  testBus,
  uniqueTopicPrefix,
  waitFor,
} from '../testing';
import { openRelay } from './relay-process';

jest.setTimeout(60_000);

const WRITERS = 6;
const EVENTS_PER_WRITER = 60;

interface Subject {
  database: MessagingDatabaseConfig;
  openStore(): Promise<EventStore>;
  dispose(): Promise<void>;
}

const subjects: Record<string, () => Promise<Subject>> = {
  sqlite: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-spec-'));
    const path = join(dir, 'store.db');
    return {
      database: { kind: 'sqlite', path },
      openStore: () => createEventStore({ kind: 'sqlite', path }),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  postgres: async () => {
    const schema = await createTestSchema();
    return {
      database: { kind: 'postgres', connectionString: schema.connectionString },
      openStore: () => createEventStore({ kind: 'postgres', connectionString: schema.connectionString }),
      dispose: schema.drop,
    };
  },
};

describe.each(Object.keys(subjects))('relay on %s -> Kafka', (kind) => {
  let subject: Subject;
  let bus: MessageBus;

  beforeEach(async () => {
    subject = await subjects[kind]();
    bus = testBus();
  });
  afterEach(async () => {
    await bus.close();
    await subject.dispose();
  });

  it('delivers every event of concurrent writers exactly once per (stream, revision), each stream in order', async () => {
    const prefix = uniqueTopicPrefix();
    const topics = STREAM_CATEGORIES.map((category) => prefix + category);
    const writers = await Promise.all(Array.from({ length: WRITERS }, () => subject.openStore()));
    const { received, consumer } = await collectMessages(bus, topics);
    const relay = await openRelay({
      name: `relay:${prefix}`,
      eventStore: subject.database,
      database: subject.database,
      kafka: { ...TEST_KAFKA, topicPrefix: prefix },
      batchSize: 50,
      pollMs: 20,
      leaseMs: 5000,
    }, () => undefined);
    try {
      // Streams of every category, shared between writers, so appends to one stream interleave.
      await appendConcurrently(writers, EVENTS_PER_WRITER, (w, n) => `${STREAM_CATEGORIES[n % 4]}-s${(w + n) % 10}`);
      // On PostgreSQL the global log stops short of a transaction still open (the relay's checkpoint): read until whole.
      let log = await writers[0].readAll();
      await waitFor('the whole log', async () => (log = await writers[0].readAll()).length === WRITERS * EVENTS_PER_WRITER);
      await waitFor('every event on the broker', () => received.length >= log.length);
      await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate to show up

      expect(received).toHaveLength(WRITERS * EVENTS_PER_WRITER);
      expect(revisionsByStream(received)).toEqual(expectedRevisions(log));
      const first = received.find((m) => m.headers[EVENT_HEADERS.streamRevision] === '0')!;
      expect(first.key).toBe(first.headers[EVENT_HEADERS.streamId]);
      expect(first.topic).toBe(prefix + first.key!.split('-')[0]);
      expect(Object.keys(first.headers)).toEqual(
        expect.arrayContaining(['event-id', 'event-type', 'schema-version', 'stream-revision', 'global-position']),
      );
    } finally {
      await relay.stop();
      await consumer.stop();
      await Promise.all(writers.map((store) => store.close()));
    }
  });
});
