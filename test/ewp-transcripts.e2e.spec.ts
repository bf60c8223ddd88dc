import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { EwpSchemaValidator } from '@app/ewp';
import { startLedger } from './ledger-app';
import { torDocument } from './support/tor-document';
import { as } from './tokens';

const XML = { 'Content-Type': 'application/xml' };
const EXAMPLE = readFileSync('libs/ewp/schemas/ewp-specs-api-imobility-tors/stable-v2/endpoints/get-response-example.xml', 'utf8');
const COURSES = [
  { code: 'KR501', ects: '9', grade: '4.5' },
  { code: 'KR502B', ects: '7.5', grade: '2', status: 'failed' as const },
];

describe('transcripts of records in EWP XML (imobility-tors, EMREX ELMO)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
  const approved = async () => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${body.mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: body.draft.contentHash }).expect(201);
    }
    return body.mobilityId as string;
  };
  const recognitionEvents = async (id: string) => (await store.readStream(`recognition-${id}`)).map(({ type, data }) => ({ type, data }));

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => app.close());

  it('the documents of these tests and the upstream example validate against the ToR schema', async () => {
    const validator = new EwpSchemaValidator();
    expect(await validator.problems('imobility-tors-get-response', torDocument('c442c289-5541-4cae-9edb-8ad83e133613', COURSES))).toEqual([]);
    expect(await validator.problems('imobility-tors-get-response', EXAMPLE)).toEqual([]);
  });

  it('records the transcript through the recognition commands: the same events as the JSON endpoint, grade table included', async () => {
    const viaXml = await approved();
    const imported = await http.post('/api/ewp/transcripts').set('Authorization', as.receiving).set(XML).send(torDocument(viaXml, COURSES)).expect(200);
    expect(imported.body.imported).toEqual([{ omobilityId: viaXml, transcripts: 1, recognisedEcts: '9' }]);

    const viaJson = await approved();
    const table = [{ grade: '5', percentage: '20' }, { grade: '4.5', percentage: '30' }, { grade: '4', percentage: '50' }];
    await http.post(`/api/agreements/${viaJson}/transcripts`).set('Authorization', as.receiving).send({
      components: [
        { code: 'KR501', credits: { scheme: 'ects', value: '9' }, localGrade: '4.5', result: 'passed', hostGradeDistribution: table },
        { code: 'KR502B', credits: { scheme: 'ects', value: '7.5' }, localGrade: '2', result: 'failed', hostGradeDistribution: table },
      ],
    }).expect(201);

    // Same facts, but for the mobility id and the time they were recorded.
    const comparable = async (id: string) =>
      JSON.parse(JSON.stringify(await recognitionEvents(id)).split(id).join('ID'), (key, value) => (key === 'at' ? undefined : value));
    const fromXml = await comparable(viaXml);
    expect(fromXml[0].type).toBe('TranscriptRecorded');
    expect(fromXml).toEqual(await comparable(viaJson));
    const recognition = await http.get(`/api/agreements/${viaXml}/recognition`).set('Authorization', as.student).expect(200);
    expect(JSON.stringify(recognition.body)).toContain('"hostGradeDistribution"');
  });

  it('EWP-SCHEMA: refuses an invalid document with the schema error, and writes nothing', async () => {
    const id = await approved();
    const before = await eventCount();
    const invalid = torDocument(id, COURSES).replace('<generatedDate>2026-07-01T12:00:00+02:00</generatedDate>', '');
    const { text } = await http.post('/api/ewp/transcripts').set('Authorization', as.receiving).set(XML).send(invalid).expect(400);
    expect(text).toMatch(/EWP-SCHEMA:[\s\S]*generatedDate|EWP-SCHEMA:[\s\S]*learner/);
    expect(await eventCount()).toBe(before);
  });

  it('LA-PARTY: refuses a transcript sent by another institution than the receiving one, and writes nothing', async () => {
    const id = await approved();
    const before = await eventCount();
    const { text } = await http.post('/api/ewp/transcripts').set('Authorization', as.sending).set(XML).send(torDocument(id, COURSES)).expect(403);
    expect(text).toContain('LA-PARTY');
    expect(await eventCount()).toBe(before);
  });

  it('refuses a transcript for a course the agreement does not list, and writes nothing', async () => {
    const id = await approved();
    const before = await eventCount();
    await http.post('/api/ewp/transcripts').set('Authorization', as.receiving).set(XML)
      .send(torDocument(id, [...COURSES, { code: 'NOT-LISTED', ects: '5', grade: '4' }]))
      .expect((response) => expect(response.status).toBeGreaterThanOrEqual(400));
    expect(await eventCount()).toBe(before);
  });
});
