import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as } from './tokens';

const today = new Date().toISOString().slice(0, 10);

describe('recognition over HTTP: transcript, automatic recognition, conversion, failure and remedy (CTI-REC-1..5)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const signAll = async (id: string, contentHash: string) => {
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash }).expect(201);
    }
  };

  /** Version 1 from the fixture, then an amendment: KR502B replaced by a US course and a third course. */
  async function amendedAgreement(): Promise<string> {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id = drafted.body.mobilityId;
    await signAll(id, drafted.body.draft.contentHash);
    const proposal = await http
      .post(`/api/agreements/${id}/amendments`)
      .set('Authorization', as.student)
      .send({
        changes: [
          { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'timetable-conflict' },
          {
            op: 'insert', table: 'studiedAbroad', reason: 'substituting-deleted',
            component: { code: 'US-CS101', title: 'Data structures (exchange, US)', credits: [{ scheme: 'us-semester-credit-hours', value: '3.75' }] },
          },
          { op: 'insert', table: 'studiedAbroad', reason: 'extending-mobility', component: aComponent('KR520', '6') },
        ],
      })
      .expect(201);
    await signAll(id, proposal.body.proposal.contentHash);
    await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: today }).expect(200);
    return id;
  }

  it('recognises passed credits automatically, converts US credits with the rule recorded, and closes a failure with a remedy', async () => {
    const id = await amendedAgreement();
    const transcript = {
      components: [
        { code: 'KR501', credits: { scheme: 'ects', value: '9' }, localGrade: '4.5', result: 'passed' },
        { code: 'US-CS101', credits: { scheme: 'us-semester-credit-hours', value: '3.75' }, localGrade: 'A-', result: 'passed' },
        { code: 'KR520', credits: { scheme: 'ects', value: '6' }, localGrade: '2', result: 'failed' },
      ],
    };
    // Only the receiving institution records it.
    await http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.sending).send(transcript).expect(403);
    const recorded = await http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).send(transcript).expect(201);

    // CTI-REC-1 and CTI-REC-3: 9 + 3.75 x 2 = 16.5 ECTS, exactly; the rule is kept with the result.
    expect(recorded.body.recognisedEcts).toBe('16.5');
    const us = recorded.body.outcome.components.find((c: { code: string }) => c.code === 'US-CS101');
    expect(us.conversion).toMatchObject({ status: 'converted', ects: '7.5', factor: '2', rule: { scheme: 'us-semester-credit-hours' } });
    // CTI-REC-5: the failure is listed and table B waits for its remedy.
    expect(recorded.body.failures).toEqual([expect.objectContaining({ code: 'KR520', result: 'failed' })]);
    expect(recorded.body.homeUnits).toEqual([expect.objectContaining({ code: 'UE-MATH-4', status: 'awaiting-remedy' })]);
    expect(recorded.body.status).toBe('pending');

    // CTI-REC-2: no extra examination.
    const exam = await http
      .post(`/api/agreements/${id}/home-units/UE-MATH-4/decision`)
      .set('Authorization', as.sending)
      .send({ decision: 'additional-exam', comment: 'Oral examination on return' })
      .expect(422);
    expect(exam.body.ruleId).toBe('CTI-REC-2');

    // The sending institution records the remedy and its outcome.
    await http.post(`/api/agreements/${id}/remedies`).set('Authorization', as.receiving).send({ componentCode: 'KR520', kind: 'home-component', description: 'x' }).expect(403);
    await http
      .post(`/api/agreements/${id}/remedies`)
      .set('Authorization', as.sending)
      .send({ componentCode: 'KR520', kind: 'home-component', description: 'Numerical analysis followed at home in the spring session' })
      .expect(201);
    const closed = await http
      .post(`/api/agreements/${id}/remedies/KR520/closure`)
      .set('Authorization', as.sending)
      .send({ outcome: 'succeeded', ectsObtained: '6' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'complete', recognisedEcts: '22.5' });
    expect(closed.body.homeUnits).toEqual([expect.objectContaining({ code: 'UE-MATH-4', status: 'recognised', basis: 'after-remedy' })]);

    // Anyone party to it reads the same; the diploma supplement lists the mobility.
    const read = await http.get(`/api/agreements/${id}/recognition`).set('Authorization', as.student).expect(200);
    expect(read.body.recognisedEcts).toBe('22.5');
    await http.get(`/api/agreements/${id}/recognition`).set('Authorization', as.otherStudent).expect(404);
    const supplement = await http.get('/api/students/acc-ivan/diploma-supplement').set('Authorization', as.student).expect(200);
    expect(supplement.body.mobilities).toEqual([
      expect.objectContaining({ ruleId: 'CTI-REC-4', mobilityId: id, recognisedEcts: '22.5', host: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics' } }),
    ]);
  });

  it('keeps every transcript version: a correction needs a reason', async () => {
    const id = await amendedAgreement();
    const line = (code: string, scheme: string, value: string) => ({ code, credits: { scheme, value }, result: 'passed' });
    const transcript = { components: [line('KR501', 'ects', '9'), line('US-CS101', 'us-semester-credit-hours', '3.75'), line('KR520', 'ects', '6')] };
    await http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).send(transcript).expect(201);
    await http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).send(transcript).expect(400);
    const corrected = await http
      .post(`/api/agreements/${id}/transcripts`)
      .set('Authorization', as.receiving)
      .send({
        ...transcript,
        // REC-CREDITS-DIFFER: 7.5 where 9 are planned needs the host's reason.
        components: [{ ...line('KR501', 'ects', '7.5'), creditsDifferenceReason: 'the host graded the course on 7.5 ECTS' }, ...transcript.components.slice(1)],
        correctionReason: 'KR501 was graded on 7.5 ECTS',
      })
      .expect(201);
    expect(corrected.body.transcripts.map((t: { version: number }) => t.version)).toEqual([1, 2]);
    expect(corrected.body.recognisedEcts).toBe('21');
  });

  it('refuses a transcript before any version is approved (CTI-REC-1) and a component the agreement does not list', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const early = await http
      .post(`/api/agreements/${drafted.body.mobilityId}/transcripts`)
      .set('Authorization', as.receiving)
      .send({ components: [{ code: 'KR501', credits: { scheme: 'ects', value: '9' }, result: 'passed' }] })
      .expect(422);
    expect(early.body.ruleId).toBe('CTI-REC-1');
    const id = await amendedAgreement();
    const unknown = await http
      .post(`/api/agreements/${id}/transcripts`)
      .set('Authorization', as.receiving)
      .send({ components: [{ code: 'NOT-LISTED', credits: { scheme: 'ects', value: '3' }, result: 'passed' }] })
      .expect(422);
    expect(unknown.body.ruleId).toBe('CTI-REC-1');
  });
});
