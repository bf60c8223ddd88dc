import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AgreementContent, StudentCommand, schoolStreamId, schoolDecider, studentStreamId } from '@app/domain';
import { regulations, schoolCommand } from '@app/domain/school/school.fixtures';
import { aProfile, schoolStaff, studentCommand, studentHistory } from '@app/domain/student/student.fixtures';
import { aContent, substitution } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const today = new Date().toISOString().slice(0, 10);
const SCHOOL = 'insa-lyon.fr';

const people = {
  olga: bearer({ sub: 'acc-olga', role: 'student' }),
  noor: bearer({ sub: 'acc-noor', role: 'student' }),
  jan: bearer({ sub: 'acc-jan', role: 'student' }),
  warsawSending: bearer({ sub: 'staff-w', role: 'sending', institution: 'uw.edu.pl' }),
  insaReceiving: bearer({ sub: 'staff-i', role: 'receiving', institution: SCHOOL }),
  admin: bearer({ sub: 'root', role: 'admin' }),
};
type Definition = { ruleId: string; definition: string; numerator?: string; denominator?: string };

/** Every figure of a JSON report, by its dotted path. */
const leafPaths = (node: unknown, prefix = ''): string[] =>
  node !== null && typeof node === 'object'
    ? Object.entries(node).flatMap(([key, value]) => leafPaths(value, prefix ? `${prefix}.${key}` : key))
    : [prefix];

/** RFC 4180 as the report writes it: quoted fields may hold commas, doubled quotes and line breaks. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      (row = []), (cell = ''), (i += 1);
    } else cell += c;
  }
  return rows;
};

const studentOf = (accountId: string) => ({ ...aContent().student, accountId, globalId: `urn:schac:personalUniqueCode:int:esi:${SCHOOL}:${accountId}` });

describe('the CTI cohort report over HTTP: GET /api/reports/cohort', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let events: EventStore;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    events = app.get(EVENT_STORE);
    await story();
  });
  afterAll(() => app.close());

  const draft = async (content: AgreementContent, by: string) => {
    const drafted = await http.post('/api/agreements').set('Authorization', by).send({ content }).expect(201);
    return { id: drafted.body.mobilityId as string, hash: drafted.body.draft.contentHash as string };
  };
  const signAll = async (path: string, contentHash: string, parties: string[]) => {
    for (const by of parties) await http.post(path).set('Authorization', by).send({ contentHash }).expect(201);
  };
  const recordStudent = (studentId: string, ...commands: StudentCommand[]) =>
    events.appendToStream(
      studentStreamId(studentId),
      studentHistory(...commands.map((c) => ({ ...c, data: { ...c.data, studentId } }) as StudentCommand)).map(({ type, data }) => ({ type, data })),
      { expectedRevision: 'no_stream' },
    );
  const profile = (overrides = {}) => studentCommand('RecordProfile', schoolStaff, { profile: aProfile({ expectedGraduationYear: 2026, ...overrides }) });

  /**
   * insa-lyon.fr, 2025/2026: Ivan left before the third signature (CTI-LA-1), came back late,
   * and his transcript has a failure made up by a remedy; Olga's agreement was amended and she
   * has a derogation; Noor's is a group stay with an amendment awaiting signatures; Sam is
   * exempt; Jan comes from Warsaw to insa-lyon.fr (CTI-IN-1).
   */
  async function story(): Promise<void> {
    const ivan = await draft(aContent(), as.student);
    await http.post(`/api/agreements/${ivan.id}/departure`).set('Authorization', as.student).send({ date: '2026-02-20' }).expect(200);
    await signAll(`/api/agreements/${ivan.id}/signatures`, ivan.hash, [as.student, as.sending, as.receiving]);
    await http.post(`/api/agreements/${ivan.id}/return`).set('Authorization', as.sending).send({ date: '2026-07-10' }).expect(200);
    const transcript = {
      components: [
        { code: 'KR501', credits: { scheme: 'ects', value: '9' }, result: 'passed' },
        { code: 'KR502B', credits: { scheme: 'ects', value: '7.5' }, result: 'failed' },
      ],
    };
    await http.post(`/api/agreements/${ivan.id}/transcripts`).set('Authorization', as.receiving).send(transcript).expect(201);
    await http.post(`/api/agreements/${ivan.id}/remedies`).set('Authorization', as.sending).send({ componentCode: 'KR502B', kind: 'home-component', description: 'UE-MATH-4 oral' }).expect(201);
    await http.post(`/api/agreements/${ivan.id}/remedies/KR502B/closure`).set('Authorization', as.sending).send({ outcome: 'succeeded', ectsObtained: '7.5' }).expect(200);

    const olga = await draft(aContent({ student: studentOf('acc-olga') }), people.olga);
    await signAll(`/api/agreements/${olga.id}/signatures`, olga.hash, [people.olga, as.sending, as.receiving]);
    const proposal = await http.post(`/api/agreements/${olga.id}/amendments`).set('Authorization', people.olga).send({ changes: substitution }).expect(201);
    await signAll(`/api/agreements/${olga.id}/signatures`, proposal.body.proposal.contentHash, [people.olga, as.sending, as.receiving]);
    await http.post(`/api/agreements/${olga.id}/departure`).set('Authorization', people.olga).send({ date: today }).expect(200);

    const noor = await draft(aContent({ student: studentOf('acc-noor'), stay: 'group' }), people.noor);
    await signAll(`/api/agreements/${noor.id}/signatures`, noor.hash, [people.noor, as.sending, as.receiving]);
    await http.post(`/api/agreements/${noor.id}/amendments`).set('Authorization', people.noor).send({ changes: substitution }).expect(201);

    const incoming = aContent({
      student: studentOf('acc-jan'),
      sendingInstitution: { heiId: 'uw.edu.pl' },
      receivingInstitution: { heiId: SCHOOL },
    });
    const jan = await draft(incoming, people.jan);
    await signAll(`/api/agreements/${jan.id}/signatures`, jan.hash, [people.jan, people.warsawSending, people.insaReceiving]);

    const settings = schoolDecider.decide(
      schoolCommand('ConfigureStudyRegulations', schoolStaff, { regulations: regulations({ minimumWeeksAbroad: { student: 12, apprentice: 9 } }) }),
      schoolDecider.initialState(),
    );
    await events.appendToStream(schoolStreamId(SCHOOL), settings.map(({ type, data }) => ({ type, data })), { expectedRevision: 'no_stream' });
    await recordStudent('acc-ivan', profile(), studentCommand('RecordLowCarbonTravel', schoolStaff, { stay: { mobilityId: ivan.id }, journey: 'outbound', days: 2, mode: 'train' }));
    await recordStudent('acc-olga', profile(), studentCommand('GrantDerogation', schoolStaff, { reason: 'medical', decidedBy: 'jury des études' }));
    await recordStudent('acc-noor', profile());
    await recordStudent('acc-sam', profile({ nationality: 'MA', secondaryDiplomaCountry: 'MA', secondaryDiploma: 'foreign', cameToFranceToStudy: true }));
  }

  const report = (by: string, query = `school=${SCHOOL}&year=2025/2026`) => http.get(`/api/reports/cohort?${query}`).set('Authorization', by);

  it('answers the auditor’s questions: CTI-MOB-1/2 rate, derogations, CTI-LA-1, EWP counters, CTI-REC-1 credits, CTI-MOB-3/8, CTI-IN-1 apart', async () => {
    const { body } = await report(as.auditor).expect(200);
    expect(body).toEqual({
      school: SCHOOL,
      academicYear: '2025/2026',
      evaluatedOn: today,
      students: {
        total: 4,
        withoutProfile: 0,
        exempt: 1,
        nonExempt: 3,
        byStatus: { exempt: 1, fulfilled: 1, 'in-progress': 0, planned: 0, 'at-risk': 0, 'not-met': 1, 'derogation-granted': 1 },
        mobilityRate: '0.3333',
        derogationsByReason: { medical: 1 },
      },
      agreements: {
        outgoing: 3,
        approved: 3,
        departed: 2,
        signedByAllBeforeDeparture: 1,
        departedBeforeSignature: 1,
        ewp: { notModifiedAfterApproval: 2, modifiedAfterApproval: 1, latestVersionApproved: 2, latestVersionRejected: 0, latestVersionAwaiting: 1 },
      },
      credits: {
        plannedEcts: '48',
        agreementsWithTranscript: 1,
        plannedEctsWithTranscript: '16.5',
        recognisedEcts: '16.5',
        automaticEcts: '9',
        recognisedBeyondPlanEcts: '0',
        automaticShare: '0.5455',
        failedComponents: 1,
        remedied: 1,
      },
      stays: { lengthenedCurriculum: 1, individual: 2, group: 1, lowCarbonTravel: { stays: 1, daysRecorded: 2, daysCounted: 2 } },
      incoming: { agreements: 1, approved: 1, students: 1 },
      // CTI-MOB-9: Ivan is back and was asked after the return, no one answered; the school does not ask during the stay.
      surveys: {
        'mid-stay': { invited: 0, answered: 0, responseRate: null, satisfaction: { preparation: null, stay: null, recognition: null } },
        'after-return': { invited: 1, answered: 0, responseRate: '0.0000', satisfaction: { preparation: null, stay: null, recognition: null } },
        byPartner: { 'uw.edu.pl': expect.objectContaining({ 'after-return': expect.objectContaining({ invited: 1 }) }) },
      },
      definitions: expect.any(Object),
    });
  });

  it('exports the same indicators as CSV, one a line with its rule id', async () => {
    const csv = await report(as.sending, `school=${SCHOOL}&year=2025/2026&format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('indicator,rule,value,definition');
    // The first three cells of each line; the definition follows (see the definitions' own test).
    const figures = lines.map((l) => l.split(',').slice(0, 3).join(','));
    expect(figures).toEqual(
      expect.arrayContaining([
        'students,,4',
        'exempt,CTI-MOB-2,1',
        'mobility_rate,CTI-MOB-1,0.3333',
        'derogation: medical,MOB-STATUS,1',
        'departed_before_signature,CTI-LA-1,1',
        'ewp_modified_after_approval,CTI-LA-3,1',
        'automatic_share,CTI-REC-1,0.5455',
        'group_stays,CTI-MOB-3,1',
        'low_carbon_travel_days_counted,CTI-MOB-8,2',
        'incoming_agreements,CTI-IN-1,1',
        'survey_after_return_invited,CTI-MOB-9,1',
        'survey_after_return_satisfaction: recognition,CTI-MOB-9,',
        'survey_mid_stay_response_rate: uw.edu.pl,CTI-MOB-9,',
      ]),
    );
    const byAccept = await report(people.admin).set('Accept', 'text/csv').expect(200);
    expect(byAccept.text.split('\r\n').filter((l) => !l.startsWith('evaluated_on'))).toEqual(lines.filter((l) => !l.startsWith('evaluated_on')));
  });

  it('states how every figure it emits is computed: a definition in the JSON for each, and the same in the CSV definition column', async () => {
    const { body } = await report(as.auditor).expect(200);
    const { definitions, ...figures } = body as { definitions: Record<string, Definition> } & Record<string, unknown>;
    // The figures are read off the report itself: a figure added without a definition fails here.
    const paths = leafPaths(figures);
    expect(paths).toContain('students.derogationsByReason.medical');
    // Families of figures keyed by a value (a reason, a partner, a survey question) have one definition at the family's path.
    const family = (path: string) =>
      ['students.derogationsByReason', 'surveys.byPartner', 'surveys.mid-stay.satisfaction', 'surveys.after-return.satisfaction'].find((prefix) => path.startsWith(`${prefix}.`));
    const definitionOf = (path: string): Definition | undefined => definitions[path] ?? definitions[family(path) ?? ''];
    expect(paths.filter((path) => !definitionOf(path)?.definition?.trim())).toEqual([]);
    // And none describes a figure the report no longer has.
    expect(Object.keys(definitions).filter((key) => !paths.some((path) => path === key || path.startsWith(`${key}.`)))).toEqual([]);

    const csv = await report(as.auditor, `school=${SCHOOL}&year=2025/2026&format=csv`).expect(200);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual(['indicator', 'rule', 'value', 'definition']);
    expect(rows).toHaveLength(paths.length);
    expect(rows.filter((row) => row.length !== 4 || !row[3].trim())).toEqual([]);
    // Each figure's definition is the one a CSV line carries, under the same rule.
    const inCsv = new Set(rows.map(([, rule, , definition]) => `${rule} ${definition}`));
    expect(paths.filter((path) => !inCsv.has(`${definitionOf(path)!.ruleId} ${definitionOf(path)!.definition}`))).toEqual([]);
  });

  it('CTI-MOB-1: the mobility rate is the numerator over the denominator its definition names, fulfilled over non-exempt, exempt students out and the derogation in the denominator', async () => {
    const { body } = await report(as.auditor).expect(200);
    const rate: Definition = body.definitions['students.mobilityRate'];
    expect(rate).toMatchObject({ ruleId: 'CTI-MOB-1', numerator: 'students.byStatus.fulfilled', denominator: 'students.nonExempt' });
    expect(rate.definition).toMatch(/students\.byStatus\.fulfilled \/ students\.nonExempt/);
    expect(rate.definition).toMatch(/Exempt students \(CTI-MOB-2\) are on neither side/);
    expect(rate.definition).toMatch(/derogation are in the denominator only/);
    const valueAt = (path: string) => Number(path.split('.').reduce<any>((node, key) => node[key], body));
    // Sam is exempt (out of both), Olga has a derogation (in the denominator), Ivan fulfilled: 1 / 3.
    expect([valueAt(rate.numerator!), valueAt(rate.denominator!)]).toEqual([1, 3]);
    expect(body.students.nonExempt).toBe(body.students.total - body.students.withoutProfile - body.students.exempt);
    for (const [path, definition] of Object.entries(body.definitions as Record<string, Definition>)) {
      if (!definition.numerator) continue;
      const expected = (valueAt(definition.numerator) / valueAt(definition.denominator!)).toFixed(4);
      expect({ path, value: valueAt(path).toFixed(4) }).toEqual({ path, value: expected });
    }
  });

  it('REPORT-SCOPE: auditors and admins read any school, sending staff only their own, students never', async () => {
    await report(people.admin, 'school=other.fr&year=2025/2026').expect(200);
    await report(as.otherSchool).expect(403);
    await report(as.receiving).expect(403);
    await report(as.student).expect(403);
    await report(as.auditor, `school=${SCHOOL}&year=2025-2026`).expect(400);
  });
});
