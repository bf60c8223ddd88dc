import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { aProfile } from '@app/domain/student/student.fixtures';
import { FixedClock } from '@app/kernel';
import { startLedger } from './ledger-app';
import { as } from './tokens';

const SCHOOL = 'insa-lyon.fr';
const signedOn = '2027-01-10T09:00:00.000Z';
const content = aContent({ plannedStart: '2027-02-01', plannedEnd: '2027-06-25', receivingAcademicYear: '2026/2027' });

describe('what changes after signing, over HTTP: minor changes (LA-MINOR) and dates confirmed by the host (LA-STAY)', () => {
  const clock = new FixedClock(signedOn);
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let id: string;
  let hash: string;
  beforeAll(async () => {
    app = await startLedger({}, { clock });
    http = request(app.getHttpServer());
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    id = drafted.body.mobilityId;
    hash = drafted.body.draft.contentHash;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: hash }).expect(201);
    }
  });
  afterAll(() => app.close());

  const sentences = async (lang = 'en') =>
    (await http.get(`/api/agreements/${id}/audit?lang=${lang}`).set('Authorization', as.auditor).expect(200)).body.entries.map(
      (entry: { sentence: string }) => entry.sentence,
    );

  it('LA-MINOR: the host gives its contact person and moves the end within the term; version 1 stays signed as it was, the trail and the EWP export show the change', async () => {
    const contact = { name: 'Hanna Berg', email: 'hanna.berg@example.com' };
    await http
      .post(`/api/agreements/${id}/minor-changes`)
      .set('Authorization', as.receiving)
      .send({ changes: { receivingContactPerson: contact }, note: 'Erasmus coordinator for incoming students' })
      .expect(201);
    const moved = await http
      .post(`/api/agreements/${id}/minor-changes`)
      .set('Authorization', as.receiving)
      .send({ changes: { plannedEnd: '2027-07-09' }, note: 'Exams moved to July' })
      .expect(201);
    expect(moved.body).toMatchObject({
      status: 'approved',
      versionInForce: { number: 1, contentHash: hash, content: { plannedEnd: '2027-06-25' } },
      contentInEffect: { plannedEnd: '2027-07-09', receivingInstitution: { contactPerson: contact } },
      minorChanges: [
        { version: 1, changes: { receivingContactPerson: contact }, party: 'receiving' },
        { version: 1, changes: { plannedEnd: '2027-07-09' }, previous: { plannedEnd: '2027-06-25' }, note: 'Exams moved to July' },
      ],
    });
    expect(moved.body.versions).toHaveLength(1);
    expect(moved.body.proposal).toBeUndefined();

    expect(await sentences()).toContain(
      'Receiving institution (uw.edu.pl) recorded a minor change to version 1, without new signatures (LA-MINOR): planned end 2027-06-25 → 2027-07-09; note: Exams moved to July',
    );
    expect((await sentences('fr')).join('\n')).toContain('modification mineure de la version 1, sans nouvelles signatures (LA-MINOR) : fin prévue 2027-06-25 → 2027-07-09');

    const ewp = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.sending).expect(200);
    expect(ewp.text).toContain('<end-date>2027-07-09</end-date>');
    expect(ewp.text).toContain('hanna.berg@example.com');
    // EWP carries dates and contacts outside the signed versions: the partner's copy of it is the agreement as recorded.
    const again = await http.post('/api/ewp/learning-agreements').set('Authorization', as.receiving).set('Content-Type', 'application/xml').send(ewp.text).expect(200);
    expect(again.body.imported[0].commands).toBe(0);
  });

  it('LA-MINOR: a move to another term, the student, and the other institution’s contact are refused with the rule, and nothing is appended', async () => {
    const before = (await http.get(`/api/agreements/${id}/events`).set('Authorization', as.auditor).expect(200)).body.events.length;
    const otherTerm = await http
      .post(`/api/agreements/${id}/minor-changes`)
      .set('Authorization', as.sending)
      .send({ changes: { plannedStart: '2027-01-18' }, note: 'Earlier start' })
      .expect(422);
    expect(otherTerm.body).toMatchObject({ ruleId: 'LA-MINOR' });
    expect(otherTerm.body.message).toMatch(/term 1 of 2 of 2026\/2027/);
    await http.post(`/api/agreements/${id}/minor-changes`).set('Authorization', as.student).send({ changes: { plannedEnd: '2027-07-01' }, note: 'x' }).expect(403);
    const notTheirs = await http
      .post(`/api/agreements/${id}/minor-changes`)
      .set('Authorization', as.sending)
      .send({ changes: { receivingContactPerson: { name: 'X', email: 'x@example.com' } }, note: 'x' })
      .expect(403);
    expect(notTheirs.body.ruleId).toBe('LA-PARTY');
    const malformed = await http
      .post(`/api/agreements/${id}/minor-changes`)
      .set('Authorization', as.sending)
      .send({ changes: { plannedEnd: '9 July' }, note: '' })
      .expect(400);
    expect(JSON.stringify(malformed.body)).toMatch(/plannedEnd/);
    expect(JSON.stringify(malformed.body)).toMatch(/note/);
    const noChanges = await http.post(`/api/agreements/${id}/minor-changes`).set('Authorization', as.sending).send({ note: 'x' }).expect(400);
    expect(JSON.stringify(noChanges.body)).toMatch(/changes/);
    const nullContact = await http
      .post(`/api/agreements/${id}/minor-changes`)
      .set('Authorization', as.sending)
      .send({ changes: { sendingContactPerson: null }, note: 'x' })
      .expect(400);
    expect(nullContact.body.ruleId).toBe('LA-MINOR');
    const after = (await http.get(`/api/agreements/${id}/events`).set('Authorization', as.auditor).expect(200)).body.events.length;
    expect(after).toBe(before);
  });

  it('LA-STAY: dates declared, then confirmed by the host; the mobility status follows the confirmed ones and says so', async () => {
    await http
      .put(`/api/schools/${SCHOOL}/regulations`)
      .set('Authorization', as.sending)
      .send({ minimumWeeksAbroad: { student: 17, apprentice: 9 }, lowCarbonTravel: { counts: false, maxDays: 0 }, preparatoryCycleCounts: false })
      .expect(200);
    await http
      .put('/api/students/acc-ivan/profile')
      .set('Authorization', as.sending)
      .send(aProfile({ expectedGraduationYear: 2028 }))
      .expect(200);
    clock.setTo('2027-07-20T08:00:00.000Z');
    await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: '2027-02-01' }).expect(200);
    await http.post(`/api/agreements/${id}/return`).set('Authorization', as.student).send({ date: '2027-07-09' }).expect(200);
    const declared = await http.get('/api/students/acc-ivan/mobility-status').set('Authorization', as.student).expect(200);
    expect(declared.body.status).toBe('fulfilled');
    expect(declared.body.stays[0]).toMatchObject({ start: '2027-02-01', end: '2027-07-09', dateSources: { start: 'declared', end: 'declared' } });

    // The certificate of attendance: the student arrived six weeks late; 103 days fall short of 17 weeks.
    const confirmed = await http
      .post(`/api/agreements/${id}/stay-confirmation`)
      .set('Authorization', as.receiving)
      .send({ start: '2027-03-15', end: '2027-06-25' })
      .expect(200);
    expect(confirmed.body).toMatchObject({
      departedOn: '2027-02-01',
      confirmedStay: { start: '2027-03-15', end: '2027-06-25' },
      stay: { start: { date: '2027-03-15', source: 'confirmed' }, end: { date: '2027-06-25', source: 'confirmed' } },
    });
    const status = await http.get('/api/students/acc-ivan/mobility-status').set('Authorization', as.student).expect(200);
    expect(status.body.status).not.toBe('fulfilled');
    expect(status.body.stays[0]).toMatchObject({ start: '2027-03-15', end: '2027-06-25', days: 103, dateSources: { start: 'confirmed', end: 'confirmed' } });
    expect(await sentences()).toContain(
      'Receiving institution (uw.edu.pl) confirmed the stay as started on 2027-03-15 and as ended on 2027-06-25, as its certificate of attendance states (LA-STAY)',
    );

    const bySending = await http.post(`/api/agreements/${id}/stay-confirmation`).set('Authorization', as.sending).send({ start: '2027-03-01' }).expect(403);
    expect(bySending.body.ruleId).toBe('LA-PARTY');
    const future = await http.post(`/api/agreements/${id}/stay-confirmation`).set('Authorization', as.receiving).send({ end: '2027-08-01' }).expect(400);
    expect(future.body.ruleId).toBe('LA-STAY');
  });

  it('CTI-LA-1: a departure declared before the approval, a start the host confirms after it: the cohort report goes by the confirmation', async () => {
    clock.setTo('2027-08-01T09:00:00.000Z');
    const autumn = aContent({ plannedStart: '2027-09-01', plannedEnd: '2028-01-20', receivingAcademicYear: '2027/2028' });
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: autumn }).expect(201);
    const autumnId = drafted.body.mobilityId;
    const declared = await http.post(`/api/agreements/${autumnId}/departure`).set('Authorization', as.student).send({ date: '2027-07-28' }).expect(200);
    expect(declared.body.findings).toEqual([expect.objectContaining({ ruleId: 'CTI-LA-1', basis: 'declared' })]);
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${autumnId}/signatures`).set('Authorization', as[party]).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
    const report = () => http.get(`/api/reports/cohort?school=${SCHOOL}&year=2027/2028`).set('Authorization', as.auditor).expect(200);
    expect((await report()).body.agreements).toMatchObject({ departed: 1, signedByAllBeforeDeparture: 0, departedBeforeSignature: 1 });

    clock.setTo('2027-09-10T09:00:00.000Z');
    await http.post(`/api/agreements/${autumnId}/stay-confirmation`).set('Authorization', as.receiving).send({ start: '2027-09-01' }).expect(200);
    expect((await report()).body.agreements).toMatchObject({ departed: 1, signedByAllBeforeDeparture: 1, departedBeforeSignature: 0 });
  });
});
