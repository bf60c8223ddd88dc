import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EventStore, createEventStore } from '@app/event-store';
import { MessagingDatabase, createRelayTables, openMessagingDatabase } from '@app/messaging';
import { TEST_BROKERS, uniqueTopicPrefix, waitFor } from '@app/messaging/testing';
import { sample } from '@app/observability/testing';
import { RelayModule } from './relay.module';

jest.setTimeout(60_000);

const EVENTS = 5;


describe('the relay service’s metrics and probes', () => {
  let dir: string;
  let store: EventStore;
  let database: MessagingDatabase;
  let app: INestApplication;
  const saved = { ...process.env };

  afterEach(async () => {
    await app?.close();
    await database.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    process.env = saved;
  });

  it('reports the lag while another relay holds the lock, and 0 once the events are relayed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'relay-metrics-'));
    const path = join(dir, 'store.db');
    const prefix = uniqueTopicPrefix();
    const relay = `relay:${prefix}`;
    store = await createEventStore({ kind: 'sqlite', path });
    for (let n = 0; n < EVENTS; n += 1) {
      await store.appendToStream(`agreement-m${n}`, [{ type: 'TestEventHappened', data: { n } }], { expectedRevision: 'any' });
    }
    // A relay elsewhere holds the lease: ours waits, and the events wait with it.
    database = openMessagingDatabase({ kind: 'sqlite', path });
    await createRelayTables(database);
    await database.query('INSERT INTO relay_leases (relay, holder, expires_at) VALUES ($1, $2, $3)', [relay, 'elsewhere', Date.now() + 600_000]);

    Object.assign(process.env, {
      EVENT_STORE: 'sqlite',
      SQLITE_PATH: path,
      KAFKA_BROKERS: TEST_BROKERS.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_LOG_LEVEL: 'nothing',
      RELAY_POLL_MS: '20',
    });
    const moduleRef = await Test.createTestingModule({ imports: [RelayModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const http = request(app.getHttpServer());
    const scrape = async () => (await http.get('/metrics').expect(200)).text;

    const waiting = await scrape();
    expect(sample(waiting, 'ml_relay_lag_events', { relay })).toBe(EVENTS);
    expect(sample(waiting, 'ml_relay_lag_seconds', { relay })).toBeGreaterThan(0);
    const ready = await http.get('/health/ready').expect(200);
    expect(Object.keys(ready.body.details).sort()).toEqual(['checkpoint-database', 'event-store', 'kafka']);
    await http.get('/health/live').expect(200);

    await database.query('DELETE FROM relay_leases WHERE relay = $1', [relay]);
    await waitFor('the lag to fall to 0', async () => sample(await scrape(), 'ml_relay_lag_events', { relay }) === 0);
    const relayed = await scrape();
    expect(sample(relayed, 'ml_relay_lag_seconds', { relay })).toBe(0);
    expect(sample(relayed, 'ml_relay_published_events_total', { relay })).toBe(EVENTS);
  });
});
