import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PROJECTION_STORE, ProjectionFeed, ProjectionRunner, ProjectionStore, institutionRegisterProjection } from '@app/read-models';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const XML = { 'Content-Type': 'application/xml' };
const IIA_EXAMPLE = readFileSync('libs/ewp/schemas/ewp-specs-api-iias/stable-v7/endpoints/get-response-example.xml', 'utf8');
const LA_EXAMPLE = readFileSync('libs/ewp/schemas/ewp-specs-api-omobility-las/stable-v2/examples/get-response-example.xml', 'utf8');
const admin = bearer({ sub: 'root', role: 'admin', name: 'Root' });
const hibo = bearer({ sub: 'staff-hibo', role: 'sending', institution: 'hibo.no' });
const warsaw = bearer({ sub: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl', name: 'Paweł Kowalski' });

/**
 * The institutions register: fed by the partners schools record, by EWP documents (which name
 * institutions by SCHAC code only) and by admins; searched by name or code; and the student
 * directory beside it, whose names are opened per request and go with an erasure.
 */
describe('the institutions register and the student directory, over HTTP', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
  const institution = async (heiId: string) => (await http.get(`/api/institutions/${heiId}`).set('Authorization', as.student).expect(200)).body;
  const search = async (q: string, token = as.student) =>
    (await http.get('/api/institutions').query({ q }).set('Authorization', token).expect(200)).body.institutions as { heiId: string; name: string | null }[];

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => app.close());

  it('learns a partner the school records, with the name and country it gives, found by name without accents', async () => {
    await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending)
      .send({ kind: 'institution', id: 'tum.de', name: 'Technische Universität München', country: 'DE' }).expect(201);
    expect(await institution('tum.de')).toEqual({ heiId: 'tum.de', name: 'Technische Universität München', country: 'DE', sources: ['partner'] });
    expect((await search('universitat munchen')).map(({ heiId }) => heiId)).toEqual(['tum.de']);
    expect((await search('tum.de')).map(({ heiId }) => heiId)).toEqual(['tum.de']);
    // The school reads the partnership it recorded, though only the partner is listed in it.
    const { body } = await http.get('/api/partnerships').set('Authorization', as.sending).expect(200);
    expect(body.partnerships.map(({ partnershipId }: { partnershipId: string }) => partnershipId)).toEqual(['insa-lyon.fr+tum.de']);
    // A company hosting interns is a partner, not an institution.
    await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending)
      .send({ kind: 'company', id: 'FR40303265045', name: 'Airbus' }).expect(201);
    expect(await search('airbus')).toEqual([]);
  });

  it('learns the institutions of imported EWP documents by code: an IIA and a learning agreement, the country from the domain', async () => {
    await http.post('/api/ewp/iias').set('Authorization', hibo).set(XML).send(IIA_EXAMPLE).expect(200);
    expect(await institution('hibo.no')).toEqual({ heiId: 'hibo.no', name: null, country: 'NO', sources: ['iia'] });
    await http.post('/api/ewp/learning-agreements').set('Authorization', warsaw).set(XML).send(LA_EXAMPLE).expect(200);
    expect(await institution('uio.no')).toEqual({ heiId: 'uio.no', name: null, country: 'NO', sources: ['agreement'] });
    expect((await institution('uw.edu.pl')).sources).toEqual(['iia', 'agreement']);
    await http.get('/api/institutions/unknown.example.org').set('Authorization', as.student).expect(404);
  });

  it('takes an admin’s record over anything else, and keeps a correction of it', async () => {
    const recorded = await http.put('/api/institutions/uio.no').set('Authorization', admin).send({ name: 'University of Oslo', country: 'NO' }).expect(200);
    expect(recorded.body).toEqual({ heiId: 'uio.no', name: 'University of Oslo', country: 'NO', sources: ['register', 'agreement'] });
    await http.put('/api/institutions/tum.de').set('Authorization', admin).send({ name: 'Technical University of Munich', country: 'DE' }).expect(200);
    expect(await institution('tum.de')).toMatchObject({ name: 'Technical University of Munich', sources: ['register', 'partner'] });
    expect((await search('oslo')).map(({ name }) => name)).toEqual(['University of Oslo']);
    // The same record again changes nothing; the stream keeps one event.
    const before = await eventCount();
    await http.put('/api/institutions/uio.no').set('Authorization', admin).send({ name: 'University of Oslo', country: 'NO' }).expect(200);
    expect(await eventCount()).toBe(before);
    await http.put('/api/institutions/uio.no').set('Authorization', admin).send({ name: 'Universitetet i Oslo', country: 'NO' }).expect(200);
    const events = await store.readStream('institution-uio.no');
    expect(events.map(({ data }) => data)).toEqual([
      expect.objectContaining({ name: 'University of Oslo' }),
      expect.objectContaining({ name: 'Universitetet i Oslo', previous: { name: 'University of Oslo', country: 'NO' } }),
    ]);
  });

  it('INSTITUTION-ADMIN: refuses a record by anyone but an admin (403), and appends nothing', async () => {
    const before = await eventCount();
    const { body } = await http.put('/api/institutions/uio.no').set('Authorization', as.sending).send({ name: 'Oslo', country: 'NO' }).expect(403);
    expect(body.ruleId).toBe('INSTITUTION-ADMIN');
    expect(await eventCount()).toBe(before);
  });

  it.each([
    ['a code that is not a domain name', 'Not_A_Code', { name: 'Somewhere', country: 'NO' }, 'heiId'],
    ['an empty name', 'uio.no', { name: '', country: 'NO' }, 'name'],
    ['a name with spaces around it', 'uio.no', { name: ' Oslo ', country: 'NO' }, 'name'],
    ['a country that ISO 3166-1 does not assign', 'uio.no', { name: 'Oslo', country: 'XX' }, 'country'],
    ['a country in lower case', 'uio.no', { name: 'Oslo', country: 'no' }, 'country'],
  ])('INSTITUTION-CONTENT: refuses %s with a 400 naming the field and the rule, and appends nothing', async (_, heiId, body, field) => {
    const before = await eventCount();
    const refused = await http.put(`/api/institutions/${heiId}`).set('Authorization', admin).send(body).expect(400);
    const named = (refused.body.errors as { field: string; constraints: Record<string, string> }[]).find((error) => error.field === field);
    expect(Object.values(named?.constraints ?? {}).join(' ')).toMatch(/^INSTITUTION-CONTENT: /);
    expect(await eventCount()).toBe(before);
  });

  it('gives the same rows when rebuilt from the log', async () => {
    const projections = app.get<ProjectionStore>(PROJECTION_STORE);
    const rows = () => projections.select(institutionRegisterProjection, 'institution_register');
    const runner = app.get(ProjectionFeed) as ProjectionRunner;
    await runner.catchUp('institution_register');
    const live = await rows();
    expect(live.length).toBeGreaterThan(5);
    await runner.rebuild('institution_register');
    expect(await rows()).toEqual(live);
  });

  describe('the student directory', () => {
    const directory = async (q: string, token = as.sending) =>
      (await http.get('/api/students').query({ q }).set('Authorization', token).expect(200)).body.students as { studentId: string; name: string | null }[];

    beforeAll(async () => {
      await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    });

    it('finds the students of the school’s agreements by name, accents and order aside, or by student number', async () => {
      expect(await directory('sidorov')).toEqual([{ studentId: 'acc-ivan', name: 'Sidorov, Ivan Petrovich', agreements: 1, erased: false }]);
      expect(await directory('PETROVICH sidorov')).toHaveLength(1);
      expect(await directory('acc-ivan')).toHaveLength(1);
      expect(await directory('nobody')).toEqual([]);
    });

    it('LA-PARTY: shows no name to another school; students are refused the directory', async () => {
      expect(await directory('sidorov', as.otherSchool)).toEqual([]);
      await http.get('/api/students').set('Authorization', as.student).expect(403);
    });

    it('STUDENT-ACTOR: lists a student the school recorded before any agreement names them, by number, to that school only', async () => {
      const profile = { nationality: 'FR', secondaryDiplomaCountry: 'FR', secondaryDiploma: 'french-baccalaureate', cameToFranceToStudy: false, track: 'student', schoolId: 'insa-lyon.fr', expectedGraduationYear: 2030 };
      await http.put('/api/students/acc-noor/profile').set('Authorization', admin).send(profile).expect(200);
      expect(await directory('acc-noor')).toEqual([{ studentId: 'acc-noor', name: null, agreements: 0, erased: false }]);
      expect((await directory('')).map(({ studentId }) => studentId)).toEqual(expect.arrayContaining(['acc-ivan', 'acc-noor']));
      expect(await directory('acc-noor', as.otherSchool)).toEqual([]);
      expect(await directory('acc-noor', admin)).toHaveLength(1);
    });

    it('forgets the name of an erased student: found by number only, as erased', async () => {
      await http.post('/api/students/acc-ivan/erasure').set('Authorization', admin).expect(200);
      expect(await directory('sidorov')).toEqual([]);
      // The admin reads every agreement: the EWP example's student of the same name is still there, Ivan no longer.
      expect((await directory('sidorov petrovich', admin)).map(({ studentId }) => studentId)).toEqual(['urn:schac:personalUniqueCode:int:esi:uio.no:1234567890']);
      expect(await directory('erased')).toEqual([]);
      expect(await directory('acc-ivan')).toEqual([{ studentId: 'acc-ivan', name: null, agreements: 1, erased: true }]);
    });
  });
});
