import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const admin = bearer({ sub: 'root', role: 'admin' });
const olga = bearer({ sub: 'acc-olga', role: 'student' });
const nextYear = new Date().getUTCFullYear() + 1;
const aProfile = (schoolId: string) => ({
  nationality: 'FR',
  secondaryDiplomaCountry: 'FR',
  secondaryDiploma: 'french-baccalaureate',
  cameToFranceToStudy: false,
  track: 'student',
  schoolId,
  expectedGraduationYear: nextYear,
});

/**
 * Who attaches a student to a school is decided from what the ledger
 * holds (an agreement the student acted on, naming the school as sending institution, or an
 * admin), never by whichever school records a profile first.
 */
describe("a student's school", () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const putProfile = (studentId: string, schoolId: string, by: string) =>
    http.put(`/api/students/${studentId}/profile`).set('Authorization', by).send(aProfile(schoolId));
  const status = (studentId: string, by: string) => http.get(`/api/students/${studentId}/mobility-status`).set('Authorization', by);

  it('a school cannot claim a student it has no agreement with; the school the student chose can', async () => {
    await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);

    await putProfile('acc-ivan', 'other.fr', as.otherSchool).expect(404);
    await status('acc-ivan', as.otherSchool).expect(404);

    await putProfile('acc-ivan', 'insa-lyon.fr', as.sending).expect(200);
    await status('acc-ivan', as.sending).expect(200);
    await status('acc-ivan', as.otherSchool).expect(404);
  });

  it('a school cannot claim a student by an agreement it drafted alone; an admin attaches a student', async () => {
    const forged = aContent({ student: { ...aContent().student, accountId: 'acc-olga' }, sendingInstitution: { heiId: 'other.fr' } });
    await http.post('/api/agreements').set('Authorization', as.otherSchool).send({ content: forged }).expect(201);
    await putProfile('acc-olga', 'other.fr', as.otherSchool).expect(404);
    // Nor does the school the request names gain anything: insa-lyon.fr has no agreement of Olga's either.
    await putProfile('acc-olga', 'insa-lyon.fr', as.sending).expect(404);

    await putProfile('acc-olga', 'insa-lyon.fr', admin).expect(200);
    await status('acc-olga', as.sending).expect(200);
    await status('acc-olga', olga).expect(200);
    await status('acc-olga', as.otherSchool).expect(404);
  });

  it('once attached, only that school changes the record, and moving the student to another school is an admin act', async () => {
    await putProfile('acc-ivan', 'other.fr', as.otherSchool).expect(404);
    const moved = await putProfile('acc-ivan', 'other.fr', as.sending).expect(403);
    expect(moved.body.ruleId).toBe('STUDENT-ACTOR');
    await status('acc-ivan', as.sending).expect(200);

    await putProfile('acc-ivan', 'other.fr', admin).expect(200);
    await status('acc-ivan', as.otherSchool).expect(200);
    await status('acc-ivan', as.sending).expect(404);
  });
});
