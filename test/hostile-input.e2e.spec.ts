import { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import request from 'supertest';
import { aComponent, aContent, draftCommand, receivingStaff, sendingStaff, signCommand, student } from '@app/domain/testing';
import { contentHash } from '@app/domain';
import { EVENT_STORE, EventStore, RecordedEvent, sealedStoreOf } from '@app/event-store';
import { agreementEventsToAppend } from '@app/read-models/testing';
import { ENDPOINTS, Endpoint, Fixture } from './support/api-endpoints';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';
import { iiaDocument } from './support/iia-document';
import { torDocument } from './support/tor-document';

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
    // The log as stored, personal data sealed: an accepted erasure (admins may send one) changes
    // how the log reads, never what it holds.
    const opened = app.get<EventStore>(EVENT_STORE);
    store = sealedStoreOf(opened);
    expect(store).not.toBe(opened);
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

describe('hostile input the fuzzer does not reach', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const XML = { 'Content-Type': 'application/xml' };

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    // The log as stored, personal data sealed: an accepted erasure (admins may send one) changes
    // how the log reads, never what it holds.
    const opened = app.get<EventStore>(EVENT_STORE);
    store = sealedStoreOf(opened);
    expect(store).not.toBe(opened);
  });
  afterAll(() => app.close());

  it('JSON nested 3,000 deep gets 400 HTTP-JSON-DEPTH, on an authenticated route and on the public POST /api/demo/tokens', async () => {
    const before = await eventCount();
    for (const [path, authorization] of [['/api/agreements', as.student], ['/api/demo/tokens', undefined]] as const) {
      let call = http.post(path).set('Content-Type', 'application/json');
      if (authorization) call = call.set('Authorization', authorization);
      const { status, body } = await call.send(`{"content":${nested(3000)}}`);
      expect({ path, status, ruleId: body.ruleId }).toEqual({ path, status: 400, ruleId: 'HTTP-JSON-DEPTH' });
      expect(body.message).toMatch(/deeper than 32 levels/);
    }
    expect(await eventCount()).toBe(before);
  });

  const XXE = (root: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${root} [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<${root}>&secret;</${root}>`;
  it.each([
    ['/api/ewp/learning-agreements', 'omobility-las-get-response', () => XXE('omobility-las-get-response')],
    ['/api/ewp/learning-agreements/update', 'omobility-las-update-request', () => XXE('omobility-las-update-request')],
    ['/api/ewp/iias', 'iias-get-response', () => iiaDocument().replace('<iias-get-response', '<!DOCTYPE iias-get-response SYSTEM "http://127.0.0.1:9/x.dtd">\n<iias-get-response')],
    ['/api/ewp/transcripts', 'imobility-tors-get-response', () => XXE('imobility-tors-get-response')],
  ])('a DOCTYPE declaring an external entity at %s gets 400 EWP-XML-DOCTYPE, nothing stored', async (path, _root, document) => {
    const before = await eventCount();
    const { status, text } = await http.post(path).set('Authorization', as.receiving).set(XML).send(document());
    expect(status).toBe(400);
    expect(text).toContain('EWP-XML-DOCTYPE');
    expect(text).not.toContain('root:');
    expect(await eventCount()).toBe(before);
  });

  it('a valid document still imports once the DOCTYPE check is in front (no false alarm)', async () => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${body.mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: body.draft.contentHash }).expect(201);
    }
    const courses = [{ code: 'KR501', ects: '9', grade: '4.5' }];
    await http.post('/api/ewp/transcripts').set('Authorization', as.receiving).set(XML).send(torDocument(body.mobilityId, courses)).expect(200);
  });

  it.each([
    ['NUL', '\u0000'],
    ['a tab', '\t'],
    ['a line break', '\n'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['a C1 control (NEL)', '\u0085'],
    ['a lone surrogate', '\ud800'],
  ])('%s in a component title gets 400 HTTP-CONTROL-CHARACTERS naming the field, nothing stored', async (_name, character) => {
    const before = await eventCount();
    const content = aContent({ studiedAbroad: [aComponent('KR501', '9', { title: `Intro${character}duction` })] });
    const { status, body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content });
    expect({ status, ruleId: body.ruleId, fields: body.errors?.map((error: { field: string }) => error.field) }).toEqual({
      status: 400,
      ruleId: 'HTTP-CONTROL-CHARACTERS',
      fields: ['content.studiedAbroad.0.title'],
    });
    expect(body.message).toMatch(/^HTTP-CONTROL-CHARACTERS: content\.studiedAbroad\.0\.title: title must not contain control characters/);
    expect(await eventCount()).toBe(before);
  });

  it('a signature carried in a body for another party or at another time is refused (400), nothing stored', async () => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const before = await eventCount();
    const forged = { contentHash: body.draft.contentHash, party: 'sending', signer: { id: 'staff-anders', name: 'Anders Bardal' }, at: '2000-01-01T00:00:00Z' };
    const refused = await http.post(`/api/agreements/${body.mobilityId}/signatures`).set('Authorization', as.student).send(forged);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['at', 'party', 'signer']);
    expect(await eventCount()).toBe(before);
  });

  it('free text keeps its line breaks and tabs, but not other control characters', async () => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const reject = (comment: string) => http.post(`/api/agreements/${body.mobilityId}/rejections`).set('Authorization', as.receiving).send({ comment });
    expect((await reject('Please swap\u0000KR501')).body).toMatchObject({ statusCode: 400, ruleId: 'HTTP-CONTROL-CHARACTERS' });
    await reject('Please:\r\n\t- swap KR501 for KR510').expect(201);
  });

  it('an agreement already stored with control characters in a title still exports to EWP, the characters replaced', async () => {
    const mobilityId = '7e57c0de-0000-4000-8000-00000000c0de';
    const content = aContent({
      receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@example.com' } },
      studiedAbroad: [aComponent('KR501', '9', { title: 'Intro\u0000duction\u0007' }), aComponent('KR502B', '7.5')],
    });
    const hash = contentHash(content);
    const commands = [draftCommand(content), ...[student, sendingStaff, receivingStaff].map((by) => signCommand(by, hash))];
    // Seeded behind the API, which would refuse it now: as data recorded before the rule was.
    await store.appendToStream(`agreement-${mobilityId}`, agreementEventsToAppend(commands, mobilityId), { expectedRevision: 'no_stream' });
    const exported = await http.get(`/api/agreements/${mobilityId}/ewp`).set('Authorization', as.receiving).expect(200);
    expect(exported.text).toContain('Intro\ufffdduction\ufffd');
    expect(exported.text).not.toMatch(/[\u0000-\u0008]/);
  });
});
