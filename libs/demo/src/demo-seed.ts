import { DEMO_PARTNERS, DEMO_SCHOOL, demoIdentity } from './demo-identities';

/** One API call as a demo identity; the seed never reaches past the HTTP API. */
export type DemoCall = (sub: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<{ status: number; body: any }>;

type Course = [code: string, title: string, ects: string];

/** A course in ECTS, or in another scheme as "3.75 us-semester-credit-hours". */
const component = ([code, title, credits]: Course) => {
  const [value, scheme = 'ects'] = credits.split(' ');
  return { code, title, credits: [{ scheme, value }], term: { number: 1, of: 2 } };
};

interface Plan {
  student: string;
  partner: string;
  year: '2025/2026' | '2026/2027';
  studiedAbroad: Course[];
  recognisedAtHome: Course[];
  virtual?: Course[];
}

const plannedDates = (year: Plan['year']) =>
  year === '2025/2026' ? { plannedStart: '2025-09-15', plannedEnd: '2026-01-31' } : { plannedStart: '2026-09-14', plannedEnd: '2027-01-29' };

function contentOf(plan: Plan) {
  const person = demoIdentity(plan.student)!;
  const [givenNames, familyName] = person.name.split(' ');
  return {
    student: {
      globalId: `urn:schac:personalUniqueCode:int:esi:${DEMO_SCHOOL}:${plan.student}`,
      givenNames, familyName, birthDate: '2004-03-12', citizenship: 'FR', email: person.email, accountId: plan.student,
    },
    sendingInstitution: { heiId: DEMO_SCHOOL, contactPerson: { name: 'Anders Bardal', email: 'anders@example.com' } },
    receivingInstitution: { heiId: plan.partner, organisationalUnit: 'Faculty of Engineering' },
    ...plannedDates(plan.year),
    receivingAcademicYear: plan.year,
    eqfLevel: 7, iscedFCode: '0714', languageSkill: { language: 'en', cefrLevel: 'B2' },
    mobilityType: 'semester', track: 'student', stay: 'individual', activity: 'studies',
    studiedAbroad: plan.studiedAbroad.map(component),
    recognisedAtHome: plan.recognisedAtHome.map(component),
    virtual: (plan.virtual ?? []).map(component), blended: [], doctoral: [],
  };
}

/**
 * A school, two partners, four students and agreements in every state: a draft, one signed
 * by some, approved, an amendment open, a rejected proposal, departed with a transcript.
 * Through the API only, so every event is decided and hash-chained as in real use.
 */
export async function seedDemo(call: DemoCall, log: (line: string) => void = () => undefined): Promise<{ created: number }> {
  const ok = async (sub: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => {
    const response = await call(sub, method, path, body);
    if (response.status >= 300) throw new Error(`${method} ${path} as ${sub}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const existing = await ok('staff-anders', 'GET', '/api/agreements?pageSize=1');
  if (existing.total > 0) {
    log(`the store already holds ${existing.total} agreement(s) of ${DEMO_SCHOOL}: nothing seeded`);
    return { created: 0 };
  }
  const school = 'staff-anders';
  await ok(school, 'PUT', `/api/schools/${DEMO_SCHOOL}/regulations`, {
    minimumWeeksAbroad: { student: 17, apprentice: 12 }, lowCarbonTravel: { counts: true, maxDays: 4 }, preparatoryCycleCounts: false,
  });
  for (const student of ['acc-ivan', 'acc-lea', 'acc-tom', 'acc-sofia']) {
    await ok(school, 'PUT', `/api/students/${student}/profile`, {
      nationality: 'FR', secondaryDiplomaCountry: 'FR', secondaryDiploma: 'french-baccalaureate', cameToFranceToStudy: false,
      track: 'student', schoolId: DEMO_SCHOOL, expectedGraduationYear: student === 'acc-tom' ? 2026 : 2027,
    });
  }
  const hostOf = (partner: string) => (partner === DEMO_PARTNERS.warsaw ? 'staff-pawel' : 'staff-hans');
  const draft = async (plan: Plan) => {
    const drafted = await ok(plan.student, 'POST', '/api/agreements', { content: contentOf(plan) });
    return { id: drafted.mobilityId as string, hash: drafted.draft.contentHash as string, host: hostOf(plan.partner) };
  };
  const sign = (sub: string, id: string, contentHash: string) => ok(sub, 'POST', `/api/agreements/${id}/signatures`, { contentHash });
  const approve = async (plan: Plan) => {
    const agreement = await draft(plan);
    for (const sub of [plan.student, school, agreement.host]) await sign(sub, agreement.id, agreement.hash);
    return agreement;
  };

  // A draft no one has signed yet: the walkthrough of the README signs it as the three parties.
  await draft({ student: 'acc-ivan', partner: DEMO_PARTNERS.warsaw, year: '2026/2027',
    studiedAbroad: [['KR501', 'Advanced algorithms', '9'], ['KR502B', 'Numerical analysis', '7.5'], ['KR520', 'Polish for beginners', '3']],
    recognisedAtHome: [['UE-INF-4', 'Computer science, semester 7', '19.5']] });

  // Signed by the student and the school: the host's turn.
  const lea = await draft({ student: 'acc-lea', partner: DEMO_PARTNERS.munich, year: '2025/2026',
    studiedAbroad: [['IN2064', 'Machine learning', '8'], ['IN2076', 'Advanced computer architecture', '8'], ['SZ0410', 'German B1', '3']],
    recognisedAtHome: [['UE-IA-5', 'Artificial intelligence', '16'], ['UE-LV2', 'Second language', '3']],
    virtual: [['IN2390', 'Online seminar: robotics', '2.5']] });
  await sign('acc-lea', lea.id, lea.hash);
  await sign(school, lea.id, lea.hash);

  // Approved, then an amendment proposed and signed by the student: the school's turn.
  const sofia = await approve({ student: 'acc-sofia', partner: DEMO_PARTNERS.munich, year: '2025/2026',
    studiedAbroad: [['MW0001', 'Thermodynamics', '6'], ['MW0002', 'Fluid mechanics', '6'], ['MW0003', 'Control systems', '6'], ['MW0004', 'Materials', '6'], ['SZ0410', 'German B1', '6']],
    recognisedAtHome: [['UE-MECA-5', 'Mechanical engineering, semester 9', '30']] });
  const amendment = await ok('acc-sofia', 'POST', `/api/agreements/${sofia.id}/amendments`, { changes: [
    { op: 'delete', table: 'studiedAbroad', code: 'MW0004', reason: 'timetable-conflict' },
    { op: 'insert', table: 'studiedAbroad', reason: 'substituting-deleted', component: component(['MW0010', 'Composite materials', '6']) },
  ] });
  await sign('acc-sofia', sofia.id, amendment.proposal.contentHash);

  // Approved, an amendment rejected by the host with a comment, then departed, back, transcript and remedy.
  const tom = await approve({ student: 'acc-tom', partner: DEMO_PARTNERS.warsaw, year: '2025/2026',
    studiedAbroad: [['KR601', 'Distributed systems', '7.5'], ['KR602', 'Computer vision', '7.5'], ['KR603', 'Compilers (summer school, US)', '3.75 us-semester-credit-hours'], ['KR604', 'Cryptography', '7.5']],
    recognisedAtHome: [['UE-INF-5', 'Computer science, semester 9', '30']] });
  const refused = await ok('acc-tom', 'POST', `/api/agreements/${tom.id}/amendments`, { changes: [
    { op: 'insert', table: 'studiedAbroad', reason: 'extending-mobility', component: component(['KR699', 'Research project', '10']) },
  ] });
  await sign('acc-tom', tom.id, refused.proposal.contentHash);
  await sign(school, tom.id, refused.proposal.contentHash);
  await ok(tom.host, 'POST', `/api/agreements/${tom.id}/rejections`, { comment: 'KR699 needs a supervisor in the department; none is free this semester.' });
  await ok('acc-tom', 'POST', `/api/agreements/${tom.id}/departure`, { date: '2025-09-14' });
  await ok('acc-tom', 'POST', `/api/agreements/${tom.id}/return`, { date: '2026-02-01' });
  await ok('acc-tom', 'POST', `/api/students/acc-tom/records/low-carbon-travel`, { stay: { mobilityId: tom.id }, journey: 'outbound', days: 2, mode: 'train' });
  await ok(tom.host, 'POST', `/api/agreements/${tom.id}/transcripts`, { components: [
    { code: 'KR601', credits: { scheme: 'ects', value: '7.5' }, localGrade: '4.5', result: 'passed' },
    { code: 'KR602', credits: { scheme: 'ects', value: '7.5' }, localGrade: '4', result: 'passed' },
    { code: 'KR603', credits: { scheme: 'us-semester-credit-hours', value: '3.75' }, localGrade: 'A-', result: 'passed' },
    { code: 'KR604', credits: { scheme: 'ects', value: '7.5' }, localGrade: '2', result: 'failed' },
  ] });
  await ok(school, 'POST', `/api/agreements/${tom.id}/remedies`, { componentCode: 'KR604', kind: 'home-component', description: 'Cryptography at home, spring session' });

  // Ivan's second mobility, signed by him only: the school's turn.
  const ivan = await draft({ student: 'acc-ivan', partner: DEMO_PARTNERS.munich, year: '2025/2026',
    studiedAbroad: [['IN2101', 'Information retrieval', '6'], ['IN2102', 'Databases', '6']],
    recognisedAtHome: [['UE-BD-4', 'Data engineering', '12']] });
  await sign('acc-ivan', ivan.id, ivan.hash);

  log(`seeded ${DEMO_SCHOOL} with 5 agreements of 4 students, hosted by ${Object.values(DEMO_PARTNERS).join(' and ')}`);
  return { created: 5 };
}
