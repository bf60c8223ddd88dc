import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { EwpSchemaValidator } from '@app/ewp';
import { startLedger } from './ledger-app';
import { iiaDocument } from './support/iia-document';
import { as, bearer } from './tokens';

const XML = { 'Content-Type': 'application/xml' };
const EXAMPLE = readFileSync('libs/ewp/schemas/ewp-specs-api-iias/stable-v7/endpoints/get-response-example.xml', 'utf8');
const hibo = bearer({ sub: 'staff-hibo', role: 'sending', institution: 'hibo.no' });

describe('partnerships register: IIAs imported from EWP XML, partners, quotas per year', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => app.close());

  it('the IIA document of these tests validates against the IIA v7 schema', async () => {
    expect(await new EwpSchemaValidator().problems('iias-get-response', iiaDocument())).toEqual([]);
  });

  it('imports an IIA once: a second import of the same document appends nothing', async () => {
    const first = await http.post('/api/ewp/iias').set('Authorization', as.sending).set(XML).send(iiaDocument()).expect(200);
    expect(first.body.imported).toEqual([{ partnershipId: 'insa-lyon.fr+uw.edu.pl', iiaKey: 'insa-lyon.fr:insa-iia-7', recorded: 'new' }]);
    const before = await eventCount();
    const again = await http.post('/api/ewp/iias').set('Authorization', as.receiving).set(XML).send(iiaDocument()).expect(200);
    expect(again.body.imported).toEqual([{ partnershipId: 'insa-lyon.fr+uw.edu.pl', iiaKey: 'insa-lyon.fr:insa-iia-7', recorded: 'unchanged' }]);
    expect(await eventCount()).toBe(before);
  });

  it('imports the upstream IIA example for a partner of it; the conditions of the four kinds are kept', async () => {
    const { body } = await http.post('/api/ewp/iias').set('Authorization', hibo).set(XML).send(EXAMPLE).expect(200);
    expect(body.imported).toEqual([{ partnershipId: 'hibo.no+uw.edu.pl', iiaKey: 'hibo.no:1954991', recorded: 'new' }]);
    const list = await http.get('/api/partnerships').set('Authorization', hibo).expect(200);
    expect(list.body.partnerships).toHaveLength(1);
    expect(list.body.partnerships[0].iias[0].conditions.map((c: { kind: string }) => c.kind)).toEqual([
      'student-studies', 'student-traineeship', 'staff-teacher', 'staff-teacher', 'staff-training',
    ]);
  });

  it('EWP-SCHEMA: refuses a document the schema does not accept, with the schema error, and writes nothing', async () => {
    const before = await eventCount();
    const invalid = iiaDocument().replace('<in-effect>true</in-effect>', '');
    const { text } = await http.post('/api/ewp/iias').set('Authorization', as.sending).set(XML).send(invalid).expect(400);
    expect(text).toMatch(/<error-response[\s\S]*EWP-SCHEMA:[\s\S]*cooperation-conditions/);
    expect(await eventCount()).toBe(before);
  });

  it('PARTNERSHIP-STAFF: refuses an IIA between two other institutions (403), and writes nothing', async () => {
    const before = await eventCount();
    const { text } = await http.post('/api/ewp/iias').set('Authorization', as.otherSchool).set(XML).send(iiaDocument()).expect(403);
    expect(text).toContain('PARTNERSHIP-STAFF:');
    expect(await eventCount()).toBe(before);
  });

  it('revises the IIA when new terms come under the same ids', async () => {
    const { body } = await http.post('/api/ewp/iias').set('Authorization', as.sending).set(XML).send(iiaDocument({ mobilitiesPerYear: 3 })).expect(200);
    expect(body.imported[0]).toMatchObject({ iiaKey: 'insa-lyon.fr:insa-iia-7', recorded: 'revised' });
    await http.post('/api/ewp/iias').set('Authorization', as.sending).set(XML).send(iiaDocument()).expect(200);
  });

  it('records a company hosting interns as a partner of the school; the same again changes nothing', async () => {
    const company = { kind: 'company', id: 'FR40303265045', name: 'Airbus', country: 'FR' };
    const { body } = await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending).send(company).expect(201);
    expect(body).toMatchObject({ partnershipId: 'FR40303265045+insa-lyon.fr', partners: [{ id: 'FR40303265045', kind: 'company' }], iias: [] });
    const before = await eventCount();
    await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending).send(company).expect(201);
    expect(await eventCount()).toBe(before);
    await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending).send({ kind: 'robot', id: 'x' }).expect(400);
    await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.otherSchool).send(company).expect(403);
  });

  it('lists per partnership and year the mobilities used by learning agreements against those agreed', async () => {
    for (let i = 0; i < 3; i += 1) await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const deleted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    await http.delete(`/api/agreements/${deleted.body.mobilityId}`).set('Authorization', as.student).expect(200);
    const { body } = await http.get('/api/partnerships?year=2025/2026&partner=uw.edu.pl').set('Authorization', as.sending).expect(200);
    expect(body.partnerships).toHaveLength(1);
    expect(body.partnerships[0].quotas).toEqual([
      expect.objectContaining({ kind: 'student-studies', sendingHeiId: 'insa-lyon.fr', receivingHeiId: 'uw.edu.pl', agreed: 2, used: 3, left: -1 }),
      expect.objectContaining({ sendingHeiId: 'uw.edu.pl', receivingHeiId: 'insa-lyon.fr', agreed: 1, used: 0, left: 1 }),
    ]);
  });

  it('shows each caller the partnerships of its own institution only; students are refused', async () => {
    const other = await http.get('/api/partnerships').set('Authorization', as.otherSchool).expect(200);
    expect(other.body.partnerships).toEqual([]);
    const cti = await http.get('/api/partnerships').set('Authorization', as.auditor).expect(200);
    expect(cti.body.partnerships.map((p: { partnershipId: string }) => p.partnershipId)).toEqual([
      'FR40303265045+insa-lyon.fr', 'hibo.no+uw.edu.pl', 'insa-lyon.fr+uw.edu.pl',
    ]);
    await http.get('/api/partnerships').set('Authorization', as.student).expect(403);
    await http.get('/api/partnerships?year=2025').set('Authorization', as.sending).expect(400);
  });
});
