import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const randomAddress = () => [10, ...randomBytes(3)].join('.');
const statusesOf = async (requests: Array<() => request.Test>): Promise<number[]> => {
  const statuses: number[] = [];
  for (const send of requests) statuses.push((await send()).status);
  return statuses;
};

/** The same token in other base64url spellings: the last character of the signature carries two unused bits. */
const spellingsOf = (authorization: string): string[] => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(authorization.at(-1)!);
  return [0, 1, 2, 3].map((bits) => authorization.slice(0, -1) + alphabet[(last & ~3) | bits]);
};

/** One budget per authenticated subject, and per client address before authentication. */
describe('rate limiting', () => {
  describe('with the default limit of 300 requests a minute', () => {
    let app: INestApplication;
    beforeAll(async () => (app = await startLedger({ THROTTLE_LIMIT: '300', THROTTLE_TTL_MS: '60000' })));
    afterAll(() => app.close());

    it('slows down a flood of random invalid tokens: 429 after the limit, whatever X-Forwarded-For says', async () => {
      const server = app.getHttpServer();
      const flood = () =>
        request(server).get('/api/agreements').set('Authorization', `Bearer ${randomBytes(24).toString('base64url')}`).set('X-Forwarded-For', randomAddress());
      const statuses: number[] = [];
      for (let wave = 0; wave < 10; wave += 1) statuses.push(...(await Promise.all(Array.from({ length: 31 }, () => flood()))).map((response) => response.status));
      expect(statuses.filter((status) => status === 401)).toHaveLength(300);
      expect(statuses.filter((status) => status === 429)).toHaveLength(10);
      // A valid token has a budget of its own: the flood from its address does not lock it out.
      await request(server).get('/api/agreements').set('Authorization', as.auditor).expect(200);
    }, 60_000);
  });

  describe('with a limit of 4', () => {
    let app: INestApplication;
    beforeAll(async () => (app = await startLedger({ THROTTLE_LIMIT: '4', THROTTLE_TTL_MS: '60000' })));
    afterAll(() => app.close());

    it('counts several spellings of one token against one budget', async () => {
      const server = app.getHttpServer();
      const spellings = spellingsOf(as.student);
      expect(new Set(spellings).size).toBe(4);
      const statuses = await statusesOf([...spellings, ...spellings].map((spelling) => () => request(server).get('/api/agreements').set('Authorization', spelling)));
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    });

    it("counts a person's tokens together, whatever their role, and every route against one budget", async () => {
      const server = app.getHttpServer();
      const asHost = bearer({ sub: 'staff-anders', role: 'receiving', institution: 'uw.edu.pl' });
      const statuses = await statusesOf([
        () => request(server).get('/api/agreements').set('Authorization', as.sending),
        () => request(server).get('/api/agreements').set('Authorization', asHost),
        () => request(server).get('/api/schools/insa-lyon.fr/regulations').set('Authorization', as.sending),
        () => request(server).get('/api/partnerships').set('Authorization', asHost),
        () => request(server).get('/api/schools/insa-lyon.fr/regulations').set('Authorization', asHost),
      ]);
      expect(statuses.slice(0, 4).every((status) => status < 400)).toBe(true);
      expect(statuses[4]).toBe(429);
      await request(server).get('/api/agreements').set('Authorization', as.receiving).expect(200);
    });
  });

  describe('behind a proxy named by TRUST_PROXY', () => {
    let app: INestApplication;
    beforeAll(async () => (app = await startLedger({ THROTTLE_LIMIT: '2', THROTTLE_TTL_MS: '60000', TRUST_PROXY: 'loopback' })));
    afterAll(async () => {
      delete process.env.TRUST_PROXY;
      await app.close();
    });

    it("counts requests without a valid token by the address the proxy forwards", async () => {
      const server = app.getHttpServer();
      const from = (address: string) => () => request(server).get('/api/agreements').set('X-Forwarded-For', address);
      const statuses = await statusesOf([from('203.0.113.7'), from('203.0.113.7'), from('203.0.113.7'), from('198.51.100.2')]);
      expect(statuses).toEqual([401, 401, 429, 401]);
    });
  });
});
