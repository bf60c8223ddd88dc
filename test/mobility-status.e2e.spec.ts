import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const SCHOOL = 'insa-lyon.fr';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const nextYear = new Date().getUTCFullYear() + 1;

const token = {
  ...as,
  admin: bearer({ sub: 'root', role: 'admin' }),
  amina: bearer({ sub: 'acc-amina', role: 'student' }),
  lea: bearer({ sub: 'acc-lea', role: 'student' }),
  tom: bearer({ sub: 'acc-tom', role: 'student' }),
  warsawSending: bearer({ sub: 'staff-ewa', role: 'sending', institution: 'uw.edu.pl', name: 'Ewa Nowak' }),
};

const aProfile = (overrides: Record<string, unknown> = {}) => ({
  nationality: 'FR',
  secondaryDiplomaCountry: 'FR',
  secondaryDiploma: 'french-baccalaureate',
  cameToFranceToStudy: false,
  track: 'student',
  schoolId: SCHOOL,
  expectedGraduationYear: nextYear,
  ...overrides,
});

describe('mobility status over HTTP (CTI-MOB-1..9, CTI-IN-1)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let mobilityId: string;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  // The school records the profile of a student whose agreement names it; an admin attaches one with no agreement.
  const profile = (studentId: string, body = aProfile(), by = token.sending) =>
    http.put(`/api/students/${studentId}/profile`).set('Authorization', by).send(body).expect(200);
  const record = (studentId: string, kind: string, body: object, by = token.sending) =>
    http.post(`/api/students/${studentId}/records/${kind}`).set('Authorization', by).send(body);
  const status = (studentId: string, by = token.sending) =>
    http.get(`/api/students/${studentId}/mobility-status`).set('Authorization', by).expect(200);

  it('lets the school configure its regulations and a conversion rule (CTI-MOB-1, CTI-MOB-5, CTI-MOB-8, CTI-REC-3)', async () => {
    const before = await http.get(`/api/schools/${SCHOOL}/regulations`).set('Authorization', token.student).expect(200);
    expect(before.body).toMatchObject({ configured: false, regulations: { lowCarbonTravel: { counts: false } } });

    const tooShort = await http
      .put(`/api/schools/${SCHOOL}/regulations`)
      .set('Authorization', token.sending)
      .send({ minimumWeeksAbroad: { student: 17, apprentice: 8 }, lowCarbonTravel: { counts: true, maxDays: 4 }, preparatoryCycleCounts: false })
      .expect(422);
    expect(tooShort.body.ruleId).toBe('CTI-MOB-5');

    await http
      .put(`/api/schools/${SCHOOL}/regulations`)
      .set('Authorization', token.sending)
      .send({ minimumWeeksAbroad: { student: 17, apprentice: 9 }, lowCarbonTravel: { counts: true, maxDays: 4 }, preparatoryCycleCounts: false })
      .expect(200);
    const ruled = await http
      .put(`/api/schools/${SCHOOL}/conversion-rules/us-semester-credit-hours`)
      .set('Authorization', token.sending)
      .send({ kind: 'factor', factor: '2', rounding: { mode: 'half-up', step: '0.5' }, source: 'study regulations 2026, art. 12' })
      .expect(200);
    const us = ruled.body.conversionRules.find((rule: { scheme: string }) => rule.scheme === 'us-semester-credit-hours');
    expect(us).toMatchObject({ origin: 'school', rounding: { mode: 'half-up', step: '0.5' } });
    expect(ruled.body.conversionRules.find((rule: { scheme: string }) => rule.scheme === 'uk-cats')).toMatchObject({ origin: 'default' });

    await http
      .put(`/api/schools/${SCHOOL}/grade-distributions/0541`)
      .set('Authorization', token.sending)
      .send({ grades: [{ grade: 'A', percentage: '40' }, { grade: 'B', percentage: '60' }] })
      .expect(200);
    const removed = await http.delete(`/api/schools/${SCHOOL}/grade-distributions/0541`).set('Authorization', token.sending).expect(200);
    expect(removed.body.gradeDistributions).toEqual([]);

    const settings = await http.get(`/api/schools/${SCHOOL}/regulations`).set('Authorization', token.auditor).expect(200);
    expect(settings.body).toMatchObject({ configured: true, regulations: { minimumWeeksAbroad: { student: 17, apprentice: 9 } } });
    await http.put(`/api/schools/${SCHOOL}/conversion-rules/uk-cats`).set('Authorization', token.otherSchool)
      .send({ kind: 'factor', factor: '0.5', source: 'x' }).expect(403);
  });

  it('counts an approved agreement with its dates and low-carbon travel, and shows preparation and debrief (CTI-MOB-1, CTI-MOB-8, CTI-MOB-9)', async () => {
    const content = aContent({ plannedStart: daysAgo(130), plannedEnd: daysAgo(15) });
    const drafted = await http.post('/api/agreements').set('Authorization', token.student).send({ content }).expect(201);
    await profile('acc-ivan');
    mobilityId = drafted.body.mobilityId;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', token[party]).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
    await http.post(`/api/agreements/${mobilityId}/departure`).set('Authorization', token.student).send({ date: daysAgo(130) }).expect(200);
    await http.post(`/api/agreements/${mobilityId}/return`).set('Authorization', token.sending).send({ date: daysAgo(15) }).expect(200);

    const stay = { mobilityId };
    await record('acc-ivan', 'preparation', { stay, date: daysAgo(150), note: 'intercultural workshop' }).expect(201);
    await record('acc-ivan', 'follow-up', { stay, date: daysAgo(70) }).expect(201);
    await record('acc-ivan', 'debrief', { stay, date: daysAgo(10) }).expect(201);
    await record('acc-ivan', 'low-carbon-travel', { stay, journey: 'outbound', days: 2, mode: 'train' }, token.student).expect(201);
    await record('acc-ivan', 'low-carbon-travel', { stay, journey: 'return', days: 3, mode: 'bus' }, token.student).expect(201);

    // 116 days abroad + 4 of 5 travel days (the school's cap) = 120 days, 17 weeks needed (119 days).
    const { body } = await status('acc-ivan', token.student);
    expect(body).toMatchObject({ status: 'fulfilled', ruleId: 'CTI-MOB-1', minimumWeeks: 17, days: { completed: 120 } });
    expect(body.stays).toEqual([
      expect.objectContaining({
        key: `mobility:${mobilityId}`,
        country: 'PL',
        counts: true,
        ruleId: 'CTI-MOB-1',
        days: 116,
        lowCarbonTravelDays: { recorded: 5, counted: 4 },
        support: { preparation: [daysAgo(150)], followUp: [daysAgo(70)], debrief: [daysAgo(10)] },
      }),
    ]);
    expect(body.warnings).toEqual([expect.objectContaining({ ruleId: 'CTI-MOB-8' })]);

    const record_ = await http.get('/api/students/acc-ivan').set('Authorization', token.student).expect(200);
    expect(record_.body.records).toEqual([
      expect.objectContaining({ stay: { mobilityId }, preparation: [daysAgo(150)], lowCarbonTravel: { outbound: { days: 2, mode: 'train' }, return: { days: 3, mode: 'bus' } } }),
    ]);
  });

  it('refuses records addressed to an agreement that is not the student’s (STUDENT-STAY)', async () => {
    await profile('acc-lea', aProfile(), token.admin);
    const notHers = await record('acc-lea', 'preparation', { stay: { mobilityId }, date: daysAgo(1) }).expect(422);
    expect(notHers.body.ruleId).toBe('STUDENT-STAY');
    await record('acc-lea', 'preparation', { stay: { mobilityId: '00000000-0000-4000-8000-000000000000' }, date: daysAgo(1) }).expect(404);
  });

  it('exempts an international student (CTI-MOB-2)', async () => {
    await profile('acc-amina', aProfile({ nationality: 'MA', secondaryDiplomaCountry: 'MA', secondaryDiploma: 'foreign', cameToFranceToStudy: true }), token.admin);
    const { body } = await status('acc-amina', token.amina);
    expect(body).toMatchObject({ status: 'exempt', ruleId: 'CTI-MOB-2', exempt: true });
  });

  it('does not count a group stay (CTI-MOB-3), then shows the derogation granted and revoked (MOB-STATUS)', async () => {
    await http
      .post('/api/students/acc-lea/stays')
      .set('Authorization', token.lea)
      .send({ stayId: 'class-trip-berlin', kind: 'studies', country: 'DE', plannedStart: daysAgo(200), plannedEnd: daysAgo(100), stay: 'group' })
      .expect(201);
    await http.post('/api/students/acc-lea/stays/class-trip-berlin/dates').set('Authorization', token.lea)
      .send({ actualStart: daysAgo(200), actualEnd: daysAgo(100) }).expect(200);
    const group = await status('acc-lea');
    expect(group.body).toMatchObject({ status: 'not-met', days: { total: 0 } });
    expect(group.body.stays).toEqual([expect.objectContaining({ id: 'class-trip-berlin', phase: 'completed', counts: false, ruleId: 'CTI-MOB-3' })]);

    await http.post('/api/students/acc-lea/derogations').set('Authorization', token.sending)
      .send({ reason: 'medical: air travel contraindicated', decidedBy: 'jury des études, 2026-05-12' }).expect(201);
    const derogated = await status('acc-lea', token.lea);
    expect(derogated.body).toMatchObject({ status: 'derogation-granted', derogation: { reason: 'medical: air travel contraindicated' } });

    await http.delete('/api/students/acc-lea/derogation').set('Authorization', token.sending).send({ reason: 'granted by mistake' }).expect(200);
    expect((await status('acc-lea')).body.status).toBe('not-met');
  });

  it('never fulfils an apprentice under 9 weeks and asks for the modality over 4 weeks (CTI-MOB-5)', async () => {
    await profile('acc-tom', aProfile({ track: 'apprentice' }), token.admin);
    await http
      .post('/api/students/acc-tom/stays')
      .set('Authorization', token.sending)
      .send({ stayId: 'madrid-lab', kind: 'research', country: 'ES', plannedStart: daysAgo(70), plannedEnd: daysAgo(14), actualStart: daysAgo(70), actualEnd: daysAgo(14) })
      .expect(201);
    const short = await status('acc-tom', token.tom);
    expect(short.body).toMatchObject({ status: 'at-risk', ruleId: 'CTI-MOB-5', minimumWeeks: 9, days: { completed: 57 } });
    expect(short.body.warnings.map((w: { ruleId: string }) => w.ruleId)).toEqual(expect.arrayContaining(['CTI-MOB-5']));
    expect(short.body.warnings.some((w: { message: string }) => /modality/.test(w.message))).toBe(true);

    await record('acc-tom', 'apprenticeship-modality', { stay: { stayId: 'madrid-lab' }, modality: 'contract-on-hold' }).expect(201);
    const withModality = await status('acc-tom');
    expect(withModality.body.stays[0]).toMatchObject({ apprenticeshipModality: 'contract-on-hold', ruleId: 'CTI-MOB-5', counts: true });
    expect(withModality.body.warnings.some((w: { message: string }) => /modality/.test(w.message))).toBe(false);
  });

  it('lists incoming agreements apart, where the school is the receiving party (CTI-IN-1)', async () => {
    const incoming = aContent({
      student: { ...aContent().student, accountId: 'acc-jan', familyName: 'Wiśniewski', givenNames: 'Jan' },
      sendingInstitution: { heiId: 'uw.edu.pl' },
      receivingInstitution: { heiId: SCHOOL },
    });
    const drafted = await http.post('/api/agreements').set('Authorization', token.warsawSending).send({ content: incoming }).expect(201);
    const listed = await http.get(`/api/schools/${SCHOOL}/incoming`).set('Authorization', token.sending).expect(200);
    expect(listed.body.map((a: { mobilityId: string }) => a.mobilityId)).toEqual([drafted.body.mobilityId]);
    expect(listed.body[0]).toMatchObject({ studentAccountId: 'acc-jan', sendingHeiId: 'uw.edu.pl', approved: false });
    await http.get(`/api/schools/${SCHOOL}/incoming`).set('Authorization', token.otherSchool).expect(403);
  });

  it('shows a student only their own record, and lets auditors read but never write (STUDENT-ACTOR)', async () => {
    await http.get('/api/students/acc-ivan').set('Authorization', token.otherStudent).expect(404);
    await http.get('/api/students/acc-ivan/mobility-status').set('Authorization', token.otherStudent).expect(404);
    await http.get('/api/students/acc-ivan/mobility-status').set('Authorization', token.otherSchool).expect(404);
    await http.get('/api/students/acc-ivan/mobility-status').set('Authorization', token.receiving).expect(404);
    await http.get('/api/students/acc-nobody').set('Authorization', token.admin).expect(404);
    await http.get('/api/students/acc-ivan/mobility-status').set('Authorization', token.auditor).expect(200);
    await http.get('/api/students/acc-ivan').set('Authorization', token.admin).expect(200);

    const auditorWrite = await record('acc-ivan', 'debrief', { stay: { mobilityId }, date: daysAgo(1) }, token.auditor).expect(403);
    expect(auditorWrite.body.ruleId).toBe('STUDENT-ACTOR');
    await http.put(`/api/schools/${SCHOOL}/regulations`).set('Authorization', token.auditor)
      .send({ minimumWeeksAbroad: { student: 1, apprentice: 9 }, lowCarbonTravel: { counts: false, maxDays: 0 }, preparatoryCycleCounts: false })
      .expect(403);
    await record('acc-ivan', 'debrief', { stay: { mobilityId }, date: daysAgo(1) }, token.otherStudent).expect(404);
    // The student records travel, never the school's CTI-MOB-9 steps.
    const ownDebrief = await record('acc-ivan', 'debrief', { stay: { mobilityId }, date: daysAgo(1) }, token.student).expect(403);
    expect(ownDebrief.body.ruleId).toBe('STUDENT-ACTOR');
  });
});
