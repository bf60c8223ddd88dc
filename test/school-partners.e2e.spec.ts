import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { iiaDocument } from './support/iia-document';
import { as, bearer } from './tokens';

const XML = { 'Content-Type': 'application/xml' };
const admin = bearer({ sub: 'root', role: 'admin' });
const lena = bearer({ sub: 'acc-lena', role: 'student' });
const nextYear = new Date().getUTCFullYear() + 1;
const aProfile = (schoolId: string) => ({
  nationality: 'FR', secondaryDiplomaCountry: 'FR', secondaryDiploma: 'french-baccalaureate', cameToFranceToStudy: false,
  track: 'student', schoolId, expectedGraduationYear: nextYear,
});

/**
 * A student choosing a host reads the partners of their own school (STUDENT-ACTOR, the
 * matrix's student.read-school-partners row): names, countries, SCHAC codes and what the IIAs
 * in effect cover; never another school's partners, quotas or contacts.
 */
describe("the partners of a student's school", () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const partnersOf = (studentId: string, by: string) => http.get(`/api/students/${studentId}/school-partners`).set('Authorization', by);

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    await http.post('/api/ewp/iias').set('Authorization', as.sending).set(XML).send(iiaDocument()).expect(200);
    await http.put('/api/institutions/uw.edu.pl').set('Authorization', admin).send({ name: 'University of Warsaw', country: 'PL' }).expect(200);
    await http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending).send({ kind: 'company', id: 'FR40303265045', name: 'Airbus', country: 'FR' }).expect(201);
    await http.post('/api/schools/other.fr/partners').set('Authorization', as.otherSchool).send({ kind: 'institution', id: 'tum.de', name: 'TU Munich', country: 'DE' }).expect(201);
  });
  afterAll(() => app.close());

  it('STUDENT-ACTOR: a student with no profile nor agreement has no school yet, and sees no partner', async () => {
    const { body } = await partnersOf('acc-ivan', as.student).expect(200);
    expect(body).toEqual({ schoolId: null, partners: [] });
  });

  it("STUDENT-ACTOR: once an agreement of theirs names the school, the student reads that school's partners, by name and country, with the IIA's coverage and no quota", async () => {
    await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const { body } = await partnersOf('acc-ivan', as.student).expect(200);
    expect(body.schoolId).toBe('insa-lyon.fr');
    expect(body.partners).toEqual([
      { heiId: 'FR40303265045', kind: 'company', name: 'Airbus', country: 'FR', coverage: [] },
      {
        heiId: 'uw.edu.pl', kind: 'institution', name: 'University of Warsaw', country: 'PL',
        coverage: [{ kind: 'student-studies', firstAcademicYear: '2025/2026', lastAcademicYear: '2027/2028', subjectAreas: ['0541'], eqfLevels: [7] }],
      },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/mobilitiesPerYear|iiaCode|tum\.de/);
  });

  it("STUDENT-ACTOR: the profile's school decides, and the school's staff read what their student sees", async () => {
    await http.put('/api/students/acc-lena/profile').set('Authorization', admin).send(aProfile('other.fr')).expect(200);
    const { body } = await partnersOf('acc-lena', lena).expect(200);
    expect(body).toEqual({ schoolId: 'other.fr', partners: [{ heiId: 'tum.de', kind: 'institution', name: 'TU Munich', country: 'DE', coverage: [] }] });
    await partnersOf('acc-lena', as.otherSchool).expect(200);
  });

  it("STUDENT-ACTOR: another student, another school's staff and a host read nothing: the student record is hidden (404)", async () => {
    await partnersOf('acc-ivan', lena).expect(404);
    await partnersOf('acc-lena', as.sending).expect(404);
    await partnersOf('acc-ivan', as.receiving).expect(404);
    const refused = await partnersOf('acc-ivan', as.auditor).expect(403);
    expect(refused.body.ruleId).toBe('STUDENT-ACTOR');
  });
});
