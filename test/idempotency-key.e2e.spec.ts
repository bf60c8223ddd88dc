import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { assertAllChainsIntact } from '@app/read-models';
import { startLedger } from './ledger-app';
import { as } from './tokens';

/** What an Idempotency-Key guarantees. */
describe('Idempotency-Key', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
  let serial = 0;
  const aKey = () => `issue-13-${Date.now()}-${(serial += 1)}`;

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => app.close());

  it('events written with a key are inside the hash chain, on every kind of stream; /audit/verify answers intact', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).set('Idempotency-Key', aKey()).send({ content: aContent() }).expect(201);
    const id: string = drafted.body.mobilityId;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).set('Idempotency-Key', aKey()).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
    const transcript = { components: [{ code: 'KR501', credits: { scheme: 'ects', value: '9' }, localGrade: '4.5', result: 'passed' }] };
    await http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).set('Idempotency-Key', aKey()).send(transcript).expect(201);
    const regulations = { minimumWeeksAbroad: { student: 17, apprentice: 12 }, lowCarbonTravel: { counts: true, maxDays: 4 }, preparatoryCycleCounts: false };
    await http.put('/api/schools/insa-lyon.fr/regulations').set('Authorization', as.sending).set('Idempotency-Key', aKey()).send(regulations).expect(200);
    await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending).set('Idempotency-Key', aKey()).send({ kind: 'company', id: 'FR40303265045', name: 'Airbus' }).expect(201);

    const keyed = (await store.readAll({ maxCount: 1_000_000 })).filter((event) => event.metadata.idempotencyKey !== undefined);
    expect(new Set(keyed.map((event) => event.streamId.split('-')[0]))).toEqual(new Set(['agreement', 'recognition', 'school', 'partnership']));
    expect(keyed.every((event) => typeof event.metadata.requestFingerprint === 'string')).toBe(true);

    const verify = await http.get(`/api/agreements/${id}/audit/verify`).set('Authorization', as.auditor).expect(200);
    expect(verify.body).toMatchObject({ streamId: `agreement-${id}`, status: 'intact' });
    expect((await assertAllChainsIntact(store)).broken).toEqual([]);
  });

  it('the same key with the same body is a retry: the first answer again, nothing appended (key order and spacing do not count)', async () => {
    const key = aKey();
    const first = await http.post('/api/agreements').set('Authorization', as.student).set('Idempotency-Key', key).send({ content: aContent() }).expect(201);
    const count = await eventCount();
    const reordered = JSON.stringify({ content: Object.fromEntries(Object.entries(aContent()).reverse()) }, null, 2);
    const retry = await http.post('/api/agreements').set('Authorization', as.student).set('Idempotency-Key', key).set('Content-Type', 'application/json').send(reordered).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await eventCount()).toBe(count);
  });

  it('the same key with another body is refused (422 IDEMPOTENCY-KEY-REUSED) and the second request does not run', async () => {
    const key = aKey();
    const first = await http.post('/api/agreements').set('Authorization', as.student).set('Idempotency-Key', key).send({ content: aContent() }).expect(201);
    const count = await eventCount();
    const other = await http
      .post('/api/agreements')
      .set('Authorization', as.student)
      .set('Idempotency-Key', key)
      .send({ content: aContent({ plannedEnd: '2026-07-15' }) })
      .expect(422);
    expect(other.body).toEqual({
      statusCode: 422,
      error: 'UNPROCESSABLE_ENTITY',
      ruleId: 'IDEMPOTENCY-KEY-REUSED',
      message: expect.stringContaining('already used for another request'),
    });
    expect(await eventCount()).toBe(count);
    const kept = await http.get(`/api/agreements/${first.body.mobilityId}`).set('Authorization', as.student).expect(200);
    expect(kept.body.draft.content.plannedEnd).toBe('2026-06-30');
  });

  it('on a stream that already exists, a key reused for another rejection is refused too', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id: string = drafted.body.mobilityId;
    const key = aKey();
    const reject = (comment: string) => http.post(`/api/agreements/${id}/rejections`).set('Authorization', as.receiving).set('Idempotency-Key', key).send({ comment });
    await reject('Please add a course').expect(201);
    await reject('Please add a course').expect(201);
    const count = await eventCount();
    expect((await reject('Please remove KR502B').expect(422)).body.ruleId).toBe('IDEMPOTENCY-KEY-REUSED');
    expect(await eventCount()).toBe(count);
  });
});
