import { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore, RecordedEvent } from '@app/event-store';
import { ENDPOINTS, Endpoint, Fixture } from './support/api-endpoints';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const RUNS = Number(process.env.FUZZ_RUNS ?? 4000);

const printable = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const admin = bearer({ sub: 'root', role: 'admin' });

/** Valid tokens of every role, and what an attacker would try instead. */
const authorization = fc.oneof(
  fc.constantFrom(as.student, as.sending, as.receiving, as.auditor, as.otherStudent, as.otherSchool, admin),
  fc.constantFrom(undefined, '', 'Bearer', 'Bearer ', `${as.student} extra`, `Basic ${Buffer.from('a:b').toString('base64')}`),
  printable(60).map((junk) => `Bearer ${junk}`),
  fc.constant(as.student.slice(0, -3) + 'abc'),
  fc.constant(`Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"root","role":"admin"}').toString('base64url')}.`),
);

/** A valid body with one field changed, removed or added, or something else altogether. */
const mutate = (body: object | undefined) =>
  fc.oneof(
    fc.constant(body),
    fc.tuple(fc.constantFrom(...Object.keys(body ?? { x: 1 })), fc.anything()).map(([key, value]) => ({ ...body, [key]: value })),
    fc.constantFrom(...Object.keys(body ?? { x: 1 })).map((key) => ({ ...body, [key]: undefined })),
    fc.tuple(printable(12), fc.jsonValue()).map(([key, value]) => ({ ...body, [key]: value })),
    fc.jsonValue(),
    fc.constantFrom({ value: 7.5 }, { credits: [{ scheme: 'ects', value: 7.5 }] }, { date: '2027-02-30' }, { __proto__: { role: 'admin' } }),
  );

const rawBody = fc.oneof(printable(80), fc.constantFrom('{', '{"a":', '[]', 'null', '"x"', '{"content":{"student":{"accountId":{"$ne":null}}}}'));

const pathOf = (endpoint: Endpoint, fixture: Fixture) =>
  fc.oneof(
    fc.constant(endpoint.path(fixture)),
    fc.string({ maxLength: 40 }).map((id) => endpoint.path({ ...fixture, mobilityId: encodeURIComponent(id), studentId: encodeURIComponent(id), schoolId: encodeURIComponent(id) })),
    fc.constantFrom('/..', '/%2e%2e', '/%00', "/' OR 1=1 --", '/x'.repeat(50)).map((tail) => endpoint.path(fixture) + tail),
    fc.webPath().map((path) => `/api${path}`),
  );

interface Attempt {
  method: Endpoint['method'];
  path: string;
  authorization?: string;
  headers: Record<string, string>;
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; value: string; type: string } | { kind: 'none' };
}

const attempt = (fixture: Fixture): fc.Arbitrary<Attempt> =>
  fc.constantFrom(...ENDPOINTS).chain((endpoint) =>
    fc.record({
      method: fc.oneof({ weight: 4, arbitrary: fc.constant(endpoint.method) }, fc.constantFrom<Endpoint['method']>('get', 'post', 'put', 'delete')),
      path: pathOf(endpoint, fixture),
      authorization,
      headers: fc.record(
        { 'idempotency-key': printable(140), 'x-correlation-id': printable(140), accept: fc.constantFrom('text/csv', '*/*', 'application/xml') },
        { requiredKeys: [] },
      ),
      body: fc.oneof(
        { weight: 3, arbitrary: mutate(endpoint.body?.(fixture)).map((value) => ({ kind: 'json' as const, value })) },
        fc.tuple(rawBody, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml')).map(([value, type]) => ({ kind: 'raw' as const, value, type })),
        fc.constant({ kind: 'none' as const }),
      ),
    }),
  );

describe('hostile input: random and mutated requests at every endpoint', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const log = async (): Promise<RecordedEvent[]> => store.readAll({ maxCount: 1_000_000 });
  const stable = (events: RecordedEvent[]) => JSON.stringify(events, (_, value) => (typeof value === 'bigint' ? value.toString() : value));

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => app.close());

  it(`never answers 5xx and never appends for a refused request (${RUNS} requests)`, async () => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const fixture: Fixture = { mobilityId: body.mobilityId, contentHash: body.draft.contentHash, studentId: 'acc-ivan', schoolId: 'insa-lyon.fr' };
    const before = await log();
    let refused = 0;

    await fc.assert(
      fc.asyncProperty(attempt(fixture), async (sent) => {
        const count = (await log()).length;
        let call = http[sent.method](sent.path);
        if (sent.authorization !== undefined) call = call.set('Authorization', sent.authorization);
        for (const [name, value] of Object.entries(sent.headers)) call = call.set(name, value);
        if (sent.body.kind === 'json' && sent.body.value !== undefined) call = call.set('Content-Type', 'application/json').send(JSON.stringify(sent.body.value));
        if (sent.body.kind === 'raw') call = call.set('Content-Type', sent.body.type).send(sent.body.value);
        const { status, text } = await call;
        if (status >= 500) throw new Error(`${status} for ${sent.method} ${sent.path}: ${text.slice(0, 300)}`);
        if (status >= 400) {
          refused += 1;
          expect((await log()).length).toBe(count);
        }
      }),
      { numRuns: RUNS },
    );

    // What was there before is still there, byte for byte; only accepted requests added to it.
    expect(stable((await log()).slice(0, before.length))).toBe(stable(before));
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 180_000);
});
