import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { sample } from '@app/observability/testing';
import { startLedger } from './ledger-app';
import { as } from './tokens';


describe('logs, metrics and health of the ledger', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const scrape = async () => (await http.get('/metrics').expect(200).expect('Content-Type', /text\/plain/)).text;

  it('counts a command by route and outcome, and the append it made', async () => {
    await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    await http.post('/api/agreements').set('Authorization', as.student).send({ content: {} }).expect(400);

    const metrics = await scrape();
    expect(sample(metrics, 'ml_commands_total', { method: 'POST', route: '/api/agreements', outcome: 'ok', service: 'ledger' })).toBe(1);
    expect(sample(metrics, 'ml_commands_total', { method: 'POST', route: '/api/agreements', outcome: 'rejected' })).toBe(1);
    expect(sample(metrics, 'ml_command_duration_seconds_count', { method: 'POST', route: '/api/agreements', outcome: 'ok' })).toBe(1);
    expect(sample(metrics, 'ml_event_store_appends_total', { outcome: 'appended' })).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/^process_cpu_seconds_total/m);
  });

  it('counts an optimistic-concurrency conflict of the store the app uses', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    await store.appendToStream('student-conflict', [{ type: 'Noted', data: {} }], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream('student-conflict', [{ type: 'Noted', data: {} }], { expectedRevision: 'no_stream' })).rejects.toThrow();

    expect(sample(await scrape(), 'ml_event_store_appends_total', { outcome: 'conflict' })).toBe(1);
  });

  it('answers with the correlation id the events of the request carry', async () => {
    const drafted = await http
      .post('/api/agreements')
      .set('Authorization', as.student)
      .set('X-Correlation-Id', 'trace-4711-abc')
      .send({ content: aContent() })
      .expect(201)
      .expect('x-correlation-id', 'trace-4711-abc');
    const history = await http.get(`/api/agreements/${drafted.body.mobilityId}/events`).set('Authorization', as.student).expect(200);
    expect(JSON.stringify(history.body)).toContain('"correlationId":"trace-4711-abc"');

    const minted = await http.get('/health/live').expect(200);
    expect(minted.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves liveness and readiness outside /api and without a token, and keeps /api/health', async () => {
    await http.get('/health/live').expect(200, { status: 'ok', details: {} });
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', details: { 'event-store': { status: 'up' } } });
    await http.get('/api/health').expect(200, { status: 'ok' });
    await http.get('/api/metrics').expect(404);
  });
});

describe('readiness of a ledger whose store is gone', () => {
  it('answers 503 and names the store, while liveness stays 200', async () => {
    const app = await startLedger();
    const http = request(app.getHttpServer());
    try {
      await app.get<EventStore>(EVENT_STORE).close();
      const ready = await http.get('/health/ready').expect(503);
      expect(ready.body).toMatchObject({ status: 'error', details: { 'event-store': { status: 'down' } } });
      await http.get('/health/live').expect(200);
    } finally {
      await app.close().catch(() => undefined);
    }
  });
});
