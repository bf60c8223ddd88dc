import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AgreementContent, recognitionStreamId } from '@app/domain';
import { aComponent, aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { startLedger } from './ledger-app';
import { as } from './tokens';

const SCHOOL = 'insa-lyon.fr';
type Line = { code: string; credits: { scheme: string; value: string }; result: string; creditsDifferenceReason?: string; unplanned?: { title?: string; reason: string } };
const line = (code: string, value: string, more: Partial<Line> = {}): Line => ({ code, credits: { scheme: 'ects', value }, result: 'passed', ...more });

describe('a transcript checked against the learning agreement, over HTTP (REC-*, CTI-REC-1)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let events: EventStore;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    events = app.get(EVENT_STORE);
  });
  afterAll(() => app.close());

  /** Drafted, signed by the three parties; departed on `departedOn` when given. */
  async function approvedAgreement(content: AgreementContent, departedOn?: string): Promise<string> {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    const id = drafted.body.mobilityId as string;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
    if (departedOn) await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: departedOn }).expect(200);
    return id;
  }
  const transcript = (id: string, components: Line[], more: object = {}) =>
    http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).send({ components, ...more });
  const decide = (id: string, code: string, by = as.sending, decision = 'recognised') =>
    http.post(`/api/agreements/${id}/extra-credits/${code}/decision`).set('Authorization', by).send({ decision, reason: 'the extra ECTS replace the home project unit' });
  const recognitionEvents = async (id: string) => (await events.readStream(recognitionStreamId(id))).length;
  const cohort = (year: string) => http.get(`/api/reports/cohort?school=${SCHOOL}&year=${year}`).set('Authorization', as.auditor).expect(200);

  it.each<[string, string, Line[]]>([
    ['an empty transcript', 'REC-EMPTY', []],
    ['a component the agreement does not list, without a reason', 'CTI-REC-1', [line('KR501', '9'), line('KR502B', '7.5'), line('PL100', '3')]],
    ['credits other than planned without a reason', 'REC-CREDITS-DIFFER', [line('KR501', '12'), line('KR502B', '7.5')]],
    ['implausible credits, even with a reason', 'REC-PLAUSIBLE', [line('KR501', '600', { creditsDifferenceReason: 'typed by the host' }), line('KR502B', '7.5')]],
    ['an unplanned extra without a reason', 'REC-UNPLANNED', [line('KR501', '9'), line('KR502B', '7.5'), line('PL100', '3', { unplanned: { reason: ' ' } })]],
  ])('refuses %s with 422 %s and appends nothing', async (_, ruleId, components) => {
    const id = await approvedAgreement(aContent(), '2026-02-20');
    const refused = await transcript(id, components).expect(422);
    expect(refused.body.ruleId).toBe(ruleId);
    expect(refused.body.message).toMatch(new RegExp(`^${ruleId}: .+: .+`));
    expect(await recognitionEvents(id)).toBe(0);
  });

  it('REC-STAY-BEGUN: refuses a transcript before the planned start of a stay not yet begun, naming the date and its source', async () => {
    const future = aContent({ plannedStart: '2099-09-01', plannedEnd: '2100-01-31', receivingAcademicYear: '2099/2100' });
    const id = await approvedAgreement(future);
    const refused = await transcript(id, [line('KR501', '9'), line('KR502B', '7.5')]).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'REC-STAY-BEGUN', message: expect.stringMatching(/2099-09-01 \(planned\)/) });
    expect(await recognitionEvents(id)).toBe(0);
  });

  it('REC-UNPLANNED and REC-EXCESS: an unplanned extra is recorded with its reason and counts only once the sending school decides', async () => {
    const id = await approvedAgreement(aContent(), '2026-02-20');
    const extra = line('PL100', '3', { unplanned: { title: 'Polish for foreigners A2', reason: 'advised by the host coordinator' } });
    const recorded = await transcript(id, [line('KR501', '9'), line('KR502B', '7.5'), extra]).expect(201);
    expect(recorded.body).toMatchObject({ recognisedEcts: '16.5', status: 'pending' });
    expect(recorded.body.creditLines.find((l: { code: string }) => l.code === 'PL100')).toMatchObject({
      source: 'unplanned',
      title: 'Polish for foreigners A2',
      unplannedReason: 'advised by the host coordinator',
      obtainedEcts: '3',
      recognisedEcts: '0',
      status: 'awaiting-decision',
    });
    await decide(id, 'PL100', as.receiving).expect(403);
    const decided = await decide(id, 'PL100').expect(200);
    expect(decided.body).toMatchObject({ recognisedEcts: '19.5', status: 'complete' });
    const again = await decide(id, 'PL100').expect(422);
    expect(again.body.ruleId).toBe('REC-EXCESS');
  });

  it('CTI-REC-1 and REC-EXCESS: 60 ECTS for a 6-ECTS course count 6 in the recognition view and the cohort report until the school decides', async () => {
    const content = aContent({ receivingAcademicYear: '2024/2025', studiedAbroad: [aComponent('KR501', '6'), aComponent('KR502B', '7.5')] });
    const id = await approvedAgreement(content, '2026-02-20');
    await transcript(id, [line('KR501', '6'), line('KR502B', '7.5')]).expect(201);
    const corrected = await transcript(id, [line('KR501', '60', { creditsDifferenceReason: 'as printed on the transcript' }), line('KR502B', '7.5')], {
      correctionReason: 'KR501 re-typed from the paper transcript',
    }).expect(201);
    expect(corrected.body).toMatchObject({ recognisedEcts: '13.5', automaticEcts: '13.5', status: 'pending' });

    const view = await http.get(`/api/agreements/${id}/recognition`).set('Authorization', as.student).expect(200);
    expect(view.body.creditLines[0]).toMatchObject({
      code: 'KR501',
      planned: [{ scheme: 'ects', value: '6' }],
      obtained: { scheme: 'ects', value: '60' },
      creditsDifferenceReason: 'as printed on the transcript',
      plannedEcts: '6',
      obtainedEcts: '60',
      automaticEcts: '6',
      beyondPlanEcts: '54',
      recognisedEcts: '6',
      status: 'awaiting-decision',
    });
    const before = await cohort('2024/2025');
    expect(before.body.credits).toMatchObject({ plannedEctsWithTranscript: '13.5', recognisedEcts: '13.5', automaticEcts: '13.5', recognisedBeyondPlanEcts: '0' });

    await decide(id, 'KR501').expect(200);
    const after = await cohort('2024/2025');
    expect(after.body.credits).toMatchObject({ plannedEctsWithTranscript: '13.5', recognisedEcts: '67.5', automaticEcts: '13.5', recognisedBeyondPlanEcts: '54' });
  });

  it('LA-CREDITS and LA-TERM-CREDITS: a component of 600 ECTS is refused; a light semester is shown as a warning', async () => {
    const refused = await http
      .post('/api/agreements')
      .set('Authorization', as.student)
      .send({ content: aContent({ studiedAbroad: [aComponent('KR501', '600')] }) })
      .expect(422);
    expect(refused.body.ruleId).toBe('LA-CREDITS');
    const light = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const view = await http.get(`/api/agreements/${light.body.mobilityId}`).set('Authorization', as.student).expect(200);
    expect(view.body.warnings).toContainEqual(expect.objectContaining({ ruleId: 'LA-TERM-CREDITS', field: 'studiedAbroad.term(2/2)' }));
  });
});
