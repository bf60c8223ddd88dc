import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { httpDemoCall, seedDemo } from '@app/demo';
import { EMBEDDED_DEFAULT_SECRET, PUBLIC_ROUTES } from '@app/http';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { SettableClock } from '@app/kernel';
import { demoCalendar } from '../libs/demo/src/demo-calendar';
import { bearer } from './tokens';
import { startLedger } from './ledger-app';

describe('demo identities for the sign-in page', () => {
  describe('on the embedded default (SQLite, development secret)', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startLedger();
    });
    afterAll(() => app.close());

    it('lists the demo people and mints a token that the API accepts as theirs', async () => {
      const http = request(app.getHttpServer());
      const { body } = await http.get('/api/demo/identities').expect(200);
      expect(body.identities.map((identity: { role: string }) => identity.role)).toEqual(expect.arrayContaining(['student', 'sending', 'receiving', 'auditor', 'admin']));
      const minted = await http.post('/api/demo/tokens').send({ sub: 'staff-anders' }).expect(200);
      expect(minted.body.identity).toMatchObject({ role: 'sending', institution: 'insa-lyon.fr' });
      await http.get('/api/agreements').set('Authorization', `Bearer ${minted.body.token}`).expect(200);
      await http.post('/api/demo/tokens').send({ sub: 'root' }).expect(404);
      // The demo admin opens what only admins open: the record of messages, erasures, the register.
      const admin = await http.post('/api/demo/tokens').send({ sub: 'admin-margaux' }).expect(200);
      expect(admin.body.identity).toMatchObject({ role: 'admin' });
      expect(admin.body.identity.institution).toBeUndefined();
      await http.get('/api/admin/messages').set('Authorization', `Bearer ${admin.body.token}`).expect(200);
      await http.post('/api/demo/tokens').send({ sub: 'staff-anders', role: 'admin' }).expect(400);
    });

    it('opens without a token only the routes the access matrix lists as public', async () => {
      const { body } = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
      const open = Object.entries(body.paths as Record<string, Record<string, { security?: unknown[] }>>).flatMap(([route, operations]) =>
        Object.entries(operations)
          .filter(([, operation]) => (operation.security ?? []).length === 0)
          .map(([method]) => `${method.toUpperCase()} ${route}`),
      );
      expect(open.filter((route) => !Object.values<string>(PUBLIC_ROUTES).includes(route))).toEqual([]);
    });
  });

  describe('the demo seed, run twice', () => {
    let app: INestApplication;
    let eventsAfterFirst: number;
    let eventsAfterSecond: number;
    const anders = bearer({ sub: 'staff-anders', role: 'sending', institution: 'insa-lyon.fr' });
    beforeAll(async () => {
      const clock = new SettableClock();
      app = await startLedger({}, { clock });
      await app.listen(0, '127.0.0.1');
      const call = httpDemoCall((await app.getUrl()).replace('[::1]', '127.0.0.1'), EMBEDDED_DEFAULT_SECRET);
      const store = app.get<EventStore>(EVENT_STORE);
      const count = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
      await seedDemo(call, { clock });
      eventsAfterFirst = await count();
      await seedDemo(call, { clock });
      eventsAfterSecond = await count();
    }, 120_000);
    afterAll(() => app.close());

    it("records the school's partners, by name and country, each with an IIA in effect for the demo's academic years, once", async () => {
      expect(eventsAfterSecond).toBe(eventsAfterFirst);
      const { past, next } = demoCalendar(new Date());
      const coverage = [{ kind: 'student-studies', firstAcademicYear: past.academicYear, lastAcademicYear: next.academicYear, subjectAreas: [], eqfLevels: [7] }];
      // What a student of the school choosing a host reads: the partners, not the whole register.
      const { body } = await request(app.getHttpServer()).get('/api/students/acc-ivan/school-partners').set('Authorization', bearer({ sub: 'acc-ivan', role: 'student' })).expect(200);
      expect(body).toEqual({
        schoolId: 'insa-lyon.fr',
        partners: [
          { heiId: 'tum.de', kind: 'institution', name: 'Technical University of Munich', country: 'DE', coverage },
          { heiId: 'uw.edu.pl', kind: 'institution', name: 'University of Warsaw', country: 'PL', coverage },
        ],
      });
      const listed = await request(app.getHttpServer()).get('/api/partnerships').set('Authorization', anders).expect(200);
      expect(listed.body.partnerships.map((partnership: { partnershipId: string; iias: unknown[] }) => [partnership.partnershipId, partnership.iias.length])).toEqual([
        ['insa-lyon.fr+tum.de', 1],
        ['insa-lyon.fr+uw.edu.pl', 1],
      ]);
    });

    it('names the school itself in the institutions register, once, so the pages show its name rather than its code', async () => {
      const { body } = await request(app.getHttpServer()).get('/api/institutions/insa-lyon.fr').set('Authorization', anders).expect(200);
      expect(body).toMatchObject({ heiId: 'insa-lyon.fr', name: 'INSA Lyon', country: 'FR' });
    });
  });

  it.each([
    ['a secret of its own', { AUTH_JWT_SECRET: 'a-real-deployment-secret' }, /AUTH_JWT_SECRET/],
    ['another event store', { EVENT_STORE: 'postgres' }, /embedded SQLite/],
    ['production', { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-real-deployment-secret' }, /AUTH_JWT_SECRET|production/],
    ['an identity provider', { AUTH_JWKS_URL: 'https://idp.insa-lyon.fr/jwks' }, /AUTH_JWKS_URL/],
    ['a host other machines reach', { HOST: '0.0.0.0' }, /HOST/],
  ])('refuses, with %s, to list or mint anything', async (_, env, reason) => {
    // The refusal reads the settings at each request, so the app itself runs on SQLite whatever EVENT_STORE says here.
    const app = await startLedger();
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const http = request(app.getHttpServer());
      const listed = await http.get('/api/demo/identities').expect(404);
      expect(listed.body.message).toMatch(reason);
      await http.post('/api/demo/tokens').send({ sub: 'staff-anders' }).expect(404);
    } finally {
      process.env = saved;
      await app.close();
    }
  });

  describe('the development secret outside a development set-up', () => {
    const provider = { AUTH_JWKS_URL: 'https://idp.insa-lyon.fr/.well-known/jwks.json', AUTH_JWT_ISSUER: 'https://idp.insa-lyon.fr', AUTH_JWT_AUDIENCE: 'mobility-ledger' };
    let saved: NodeJS.ProcessEnv;
    beforeEach(() => (saved = { ...process.env }));
    afterEach(() => (process.env = saved));

    it.each([
      ['an identity provider', provider, /AUTH_JWT_SECRET is required: an identity provider is configured \(AUTH_JWKS_URL\)/],
      ['every interface', { HOST: '0.0.0.0' }, /AUTH_JWT_SECRET is required: HOST 0\.0\.0\.0/],
    ])('refuses to start with %s and no secret of its own', async (_, env, reason) => {
      await expect(startLedger(env)).rejects.toThrow(reason);
    });

    it('refuses a token signed with the development secret, even an admin\'s, and mints no demo token, once a secret of its own is set', async () => {
      const app = await startLedger({ ...provider, AUTH_JWT_SECRET: 'a-long-random-secret-of-the-school' });
      try {
        const http = request(app.getHttpServer());
        await http.get('/api/agreements').set('Authorization', bearer({ sub: 'root', role: 'admin' })).expect(401);
        await http.post('/api/demo/tokens').send({ sub: 'staff-anders' }).expect(404);
      } finally {
        await app.close();
      }
    });
  });
});
