import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startLedger } from './ledger-app';
import { as } from './tokens';

describe('HTTP hardening', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await startLedger({ THROTTLE_LIMIT: '5', THROTTLE_TTL_MS: '60000', HTTP_BODY_LIMIT: '2kb' })));
  afterAll(() => app.close());

  it('sends security headers on every answer', async () => {
    const response = await request(app.getHttpServer()).get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('grants no cross-origin access by default', async () => {
    const simple = await request(app.getHttpServer()).get('/api/agreements').set('Origin', 'https://evil.example').set('Authorization', as.auditor);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(app.getHttpServer())
      .options('/api/agreements')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('refuses a body over the limit with 413, before it reaches a handler', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/agreements')
      .set('Authorization', as.sending)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ content: { padding: 'x'.repeat(4096) } }));
    expect(response.status).toBe(413);
    expect(response.body.statusCode).toBe(413);
  });

  it('answers 429 with Retry-After once a token has spent its share, and counts each token apart', async () => {
    const server = app.getHttpServer();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await request(server).get('/api/agreements').set('Authorization', as.student)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await request(server).get('/api/agreements').set('Authorization', as.student);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await request(server).get('/api/agreements').set('Authorization', as.receiving).expect(200);
  });
});
