import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EventStore, createEventStore } from '@app/event-store';
import { MessageBus, MessageConsumer, IncomingMessage, categoryTopics } from '@app/messaging';
import { LateBroker, collectMessages, lateBroker, testBus, uniqueTopicPrefix, waitFor } from '@app/messaging/testing';
import { RelayModule } from './relay.module';

jest.setTimeout(120_000);

const EVENTS = 5;

describe('the relay service started before its broker answers', () => {
  let dir: string;
  let store: EventStore;
  let broker: LateBroker;
  let bus: MessageBus;
  let collector: { received: IncomingMessage[]; consumer: MessageConsumer } | undefined;
  let app: INestApplication | undefined;
  const saved = { ...process.env };

  afterEach(async () => {
    await app?.close();
    await collector?.consumer.stop();
    await bus.close();
    await broker.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    process.env = saved;
  });

  it('starts, answers /health/ready with 503 for the broker, then relays the log and turns ready once the broker answers', async () => {
    dir = mkdtempSync(join(tmpdir(), 'relay-readiness-'));
    const path = join(dir, 'store.db');
    const prefix = uniqueTopicPrefix();
    store = await createEventStore({ kind: 'sqlite', path });
    for (let n = 0; n < EVENTS; n += 1) {
      await store.appendToStream(`agreement-late${n}`, [{ type: 'TestEventHappened', data: { n } }], { expectedRevision: 'any' });
    }
    broker = await lateBroker();
    bus = testBus('relay-readiness-spec');
    Object.assign(process.env, {
      EVENT_STORE: 'sqlite',
      SQLITE_PATH: path,
      KAFKA_BROKERS: broker.address,
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_LOG_LEVEL: 'nothing',
      RELAY_POLL_MS: '20',
    });
    const moduleRef = await Test.createTestingModule({ imports: [RelayModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const http = request(app.getHttpServer());

    const waiting = await http.get('/health/ready').expect(503);
    expect(waiting.body.details).toMatchObject({ 'event-store': { status: 'up' }, 'checkpoint-database': { status: 'up' }, kafka: { status: 'down' } });
    await http.get('/health/live').expect(200);

    await broker.arrive();
    await waitFor('the relay to be ready', async () => (await http.get('/health/ready')).status === 200, 60_000);
    // The collector reads from the broker itself, not through the late address.
    collector = await collectMessages(bus, categoryTopics(prefix));
    await waitFor('every event on the broker', () => collector!.received.length >= EVENTS, 60_000);
    expect(collector.received.map((message) => message.key).sort()).toEqual(Array.from({ length: EVENTS }, (_, n) => `agreement-late${n}`));
  });
});
