import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { agreementStreamId } from '@app/domain';
import { aComponent, aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { startLedger } from './ledger-app';
import { as } from './tokens';

/**
 * The access check and the handler share what the request read: a signature reads its
 * agreement's stream once (the guard's read), a conflict aside, instead of once in the guard and
 * again in the handler.
 */
const anAmendment = { changes: [{ op: 'insert', table: 'virtual', component: aComponent('VR-01', '3'), otherReason: 'Online seminar offered late' }] };

describe('one read of the agreement per request', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let reads: string[];
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    const store = app.get<EventStore>(EVENT_STORE);
    const readStream = store.readStream.bind(store);
    reads = [];
    store.readStream = (streamId, options) => {
      reads.push(streamId);
      return readStream(streamId, options);
    };
  });
  afterAll(() => app.close());

  const readsOf = async (streamId: string, send: () => Promise<unknown>) => {
    reads.length = 0;
    await send();
    return reads.filter((id) => id === streamId).length;
  };

  it('signs, reads and amends an agreement on one read of its stream each (LA-PARTY, CTI-LA-4)', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const { mobilityId, draft } = drafted.body;
    const stream = agreementStreamId(mobilityId);
    for (const party of ['student', 'sending', 'receiving'] as const) {
      const sign = () => http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: draft.contentHash }).expect(201);
      expect(await readsOf(stream, sign)).toBe(1);
    }
    expect(await readsOf(stream, () => http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.sending).expect(200))).toBe(1);
    const propose = () => http.post(`/api/agreements/${mobilityId}/amendments`).set('Authorization', as.student).send(anAmendment).expect(201);
    expect(await readsOf(stream, propose)).toBe(1);
  });

  it('reads the stream again for the next request: nothing is kept past its request', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const stream = agreementStreamId(drafted.body.mobilityId);
    const read = () => http.get(`/api/agreements/${drafted.body.mobilityId}`).set('Authorization', as.student).expect(200);
    expect(await readsOf(stream, read)).toBe(1);
    expect(await readsOf(stream, read)).toBe(1);
  });
});
