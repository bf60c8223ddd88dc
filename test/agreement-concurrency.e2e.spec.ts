import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { createTestSchema } from '../libs/event-store/src/postgres/postgres-test-database';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

describe.each(['sqlite', 'postgres'])('agreements under concurrent and repeated requests, on %s', (store) => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let dropSchema: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    if (store === 'postgres') {
      const schema = await createTestSchema();
      dropSchema = schema.drop;
      app = await startLedger({ EVENT_STORE: 'postgres', DATABASE_URL: schema.connectionString });
    } else {
      app = await startLedger();
    }
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app.close();
    await dropSchema();
  });

  const draft = async () =>
    (await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201)).body;

  it('loses no event when two parties edit the same draft at once', async () => {
    const { mobilityId } = await draft();
    const edits = Array.from({ length: 8 }, (_, n) =>
      http
        .put(`/api/agreements/${mobilityId}/draft`)
        .set('Authorization', n % 2 ? as.sending : as.student)
        // 20 and up: the fixture's own 15 credits would make one edit a no-op whenever it came first.
        .send({ content: aContent({ recognisedAtHome: [aComponent('UE-MATH-4', `${20 + n}`)] }) }),
    );
    const answers = await Promise.all(edits);
    answers.forEach((answer) => expect(answer.status).toBe(200));
    const events = await http.get(`/api/agreements/${mobilityId}/events`).set('Authorization', as.auditor).expect(200);
    expect(events.body.events.filter((e: { type: string }) => e.type === 'DraftEdited')).toHaveLength(8);
    expect(events.body.chain.verified).toBe(true);
  });

  it('lets exactly one of two simultaneous signatures by the same party through', async () => {
    const { mobilityId, draft: current } = await draft();
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as.student).send({ contentHash: current.contentHash }),
      ),
    );
    expect([a.status, b.status].sort()).toEqual([201, 422]);
    const after = await http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.student).expect(200);
    expect(after.body.draft.signatures).toHaveLength(1);
  });

  it('answers a retried POST with its Idempotency-Key as the first time, appending nothing', async () => {
    const first = await http.post('/api/agreements').set('Authorization', as.student).set('Idempotency-Key', 'draft-retry-0001').send({ content: aContent() }).expect(201);
    const retry = await http.post('/api/agreements').set('Authorization', as.student).set('Idempotency-Key', 'draft-retry-0001').send({ content: aContent() }).expect(201);
    expect(retry.body).toEqual(first.body);
    const id = first.body.mobilityId;
    const sign = () =>
      http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.student).set('Idempotency-Key', 'sign-retry-0001').send({ contentHash: first.body.draft.contentHash });
    const signed = await sign().expect(201);
    await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.sending).send({ contentHash: first.body.draft.contentHash }).expect(201);
    const signedAgain = await sign().expect(201);
    expect(signedAgain.body).toEqual(signed.body);
    const events = await http.get(`/api/agreements/${id}/events`).set('Authorization', as.auditor).expect(200);
    expect(events.body.events.map((e: { type: string }) => e.type)).toEqual(['AgreementDrafted', 'AgreementSigned', 'AgreementSigned']);
  });

  it('answers bad input with 400 naming every invalid field, and writes nothing', async () => {
    const content = { ...aContent(), plannedStart: '2026-02-31', student: { ...aContent().student, email: 'nope' }, extra: 1 };
    const refused = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(400);
    const fields = refused.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['content.plannedStart', 'content.student.email', 'content.extra']));
    const listed = await http.get('/api/agreements').set('Authorization', as.auditor).expect(200);
    const before = listed.body.total;
    await http.post('/api/agreements').set('Authorization', as.student).send({ content: { ...aContent(), studiedAbroad: [{ code: 'X', title: 'X', credits: [{ scheme: 'ects', value: 7.5 }] }] } }).expect(400);
    expect((await http.get('/api/agreements').set('Authorization', as.auditor)).body.total).toBe(before);
  });

  it('answers 401 without a valid token, 404 to a stranger, 403 to a party acting out of its role', async () => {
    const { mobilityId, draft: current } = await draft();
    await http.get(`/api/agreements/${mobilityId}`).expect(401);
    await http.get(`/api/agreements/${mobilityId}`).set('Authorization', 'Bearer forged.token.value').expect(401);
    await http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.otherStudent).expect(404);
    const otherQualityOffice = bearer({ sub: 'qa-other', role: 'auditor', institution: 'other.fr' });
    await http.get(`/api/agreements/${mobilityId}`).set('Authorization', otherQualityOffice).expect(404);
    await http.get(`/api/agreements/${mobilityId}`).set('Authorization', bearer({ sub: 'qa', role: 'auditor', institution: 'insa-lyon.fr' })).expect(200);
    expect((await http.get('/api/agreements').set('Authorization', otherQualityOffice).expect(200)).body.total).toBe(0);
    const auditorSigns = await http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as.auditor).send({ contentHash: current.contentHash }).expect(403);
    expect(auditorSigns.body.ruleId).toBe('LA-PARTY');
    await http.get('/api/agreements/not-a-uuid').set('Authorization', as.auditor).expect(400);
  });
});
