import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ActorRole } from '@app/domain';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ACCESS_MATRIX, Relation, decideAccess } from '@app/http';
import { ENDPOINTS, Endpoint, Fixture } from './support/api-endpoints';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

/** For each role, a token that relates to the fixture's agreement, student and school, and one that does not. */
const TOKENS: Record<ActorRole, Record<Relation, string>> = {
  student: { own: as.student, other: as.otherStudent },
  sending: { own: as.sending, other: as.otherSchool },
  receiving: { own: as.receiving, other: bearer({ sub: 'staff-hans', role: 'receiving', institution: 'tum.de' }) },
  auditor: {
    own: bearer({ sub: 'qa-insa', role: 'auditor', institution: 'insa-lyon.fr' }),
    other: bearer({ sub: 'qa-other', role: 'auditor', institution: 'other.fr' }),
  },
  admin: { own: bearer({ sub: 'root', role: 'admin' }), other: bearer({ sub: 'root', role: 'admin' }) },
};
const ROLES = Object.keys(TOKENS) as ActorRole[];
const RELATIONS: Relation[] = ['own', 'other'];

describe('the access matrix, walked over HTTP for every endpoint, role and relation', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  let shared: Fixture;

  const draft = async (): Promise<Fixture> => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    return { mobilityId: body.mobilityId, contentHash: body.draft.contentHash, studentId: 'acc-ivan', schoolId: 'insa-lyon.fr' };
  };
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
  const call = (endpoint: Endpoint, fixture: Fixture, token: string) => {
    const sent = http[endpoint.method](endpoint.path(fixture)).set('Authorization', token);
    return endpoint.body ? sent.send(endpoint.body(fixture)) : sent;
  };

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
    shared = await draft();
    await call(ENDPOINTS.find((e) => e.action === 'student.record-profile')!, shared, as.sending).expect(200);
  });
  afterAll(() => app.close());

  it('covers every operation the API documents behind a bearer token', async () => {
    const { body } = await http.get('/api/docs-json').expect(200);
    const documented = Object.entries(body.paths as Record<string, Record<string, { security?: unknown[] }>>).flatMap(([route, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => (operation.security ?? []).length > 0)
        .map(([method]) => `${method} ${route}`),
    );
    const walked = ENDPOINTS.map((e) => `${e.method} /api${e.route}`);
    expect(documented.filter((operation) => !walked.includes(operation))).toEqual([]);
    expect(walked.filter((operation) => !documented.includes(operation))).toEqual([]);
  });

  it('names a row of the matrix for every endpoint, and every row is used', () => {
    expect([...new Set(ENDPOINTS.map((e) => e.action))].sort()).toEqual(Object.keys(ACCESS_MATRIX).sort());
  });

  describe.each(ENDPOINTS.map((e) => [`${e.method.toUpperCase()} ${e.route}`, e] as const))('%s', (_, endpoint) => {
    it.each(ROLES)('answers the %s as the matrix says, on its own resource and on another', async (role) => {
      const mismatches: string[] = [];
      for (const relation of RELATIONS) {
        const decision = decideAccess(endpoint.action, role, relation);
        const agreement = decision === 'allow' && endpoint.writesAgreement ? await draft() : shared;
        // A receiving office's own school is its own institution, not the student's.
        const fixture = role === 'receiving' ? { ...agreement, schoolId: 'uw.edu.pl' } : agreement;
        const before = await eventCount();
        const response = await call(endpoint, fixture, TOKENS[role][relation]);
        const { status, body } = response;
        const hidden = status === 404 && body.ruleId === undefined && /^no (learning agreement|student record) /.test(body.message);
        // EWP routes answer in XML; their refusal names the rule in the text.
        const ruleId = ACCESS_MATRIX[endpoint.action].ruleId;
        const refused = status === 403 && (body.ruleId === ruleId || response.text.includes(`${ruleId}:`));
        const outcome = `${relation}: expected ${decision}, got ${status} ${response.text.slice(0, 160)}`;
        if (decision === 'allow' && ([401, 403, 429].includes(status) || hidden || status >= 500)) mismatches.push(outcome);
        if (decision === 'hide' && !hidden) mismatches.push(outcome);
        if (decision === 'forbid' && !refused) mismatches.push(outcome);
        if (decision !== 'allow' && (await eventCount()) !== before) mismatches.push(`${relation}: a refused request appended events`);
      }
      expect(mismatches).toEqual([]);
    });
  });
});
