import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startLedger } from './ledger-app';

describe('ledger app over HTTP', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await startLedger()));
  afterAll(() => app.close());

  it('answers its health check once the event store answers', async () => {
    await request(app.getHttpServer()).get('/api/health').expect(200, { status: 'ok' });
  });

  it('serves its OpenAPI document', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/health');
  });

  it('serves the OpenAPI document the web’s types are generated from (docs/openapi.json, npm run api:types)', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(response.body).toEqual(JSON.parse(readFileSync(join(__dirname, '..', 'docs', 'openapi.json'), 'utf8')));
  });
});
