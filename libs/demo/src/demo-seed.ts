import { SettableClock, systemClock } from '@app/kernel';
import { addDays, dayOf, demoCalendar, on } from './demo-calendar';
import { component, contentOf, Course, Plan } from './demo-content';
import { DEMO_PARTNERS, DEMO_SCHOOL } from './demo-identities';
import { nameDemoSchool, recordDemoPartnerships } from './demo-partnerships';

/**
 * One API call as a demo identity; the seed never reaches past the HTTP API. The body goes as
 * JSON, or as `xml` (a string) to the EWP routes that take documents.
 */
export type DemoCall = (sub: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, type?: 'json' | 'xml') => Promise<{ status: number; body: any }>;

const SCHOOL = 'staff-anders';
const hostOf = (partner: string) => (partner === DEMO_PARTNERS.warsaw ? 'staff-pawel' : 'staff-hans');

interface Drafted { id: string; hash: string; host: string; student: string }

/**
 * A school, two partners (recorded with their IIAs), thirteen students over two academic years, each story in the
 * order it happens: last semester's agreements drafted, signed by the three parties, then
 * the stays (one amendment rejected by the host with a comment, transcripts back); next
 * semester's being signed now (a draft no one signed yet, drafts waiting for the school,
 * two for the hosts, one approved, one amendment open). Through the API only, so every event
 * is decided and hash-chained as in real use, with `clock` (the ledger's, in this process) set
 * to each story's moment.
 * A student who already has an agreement is skipped, so running it again adds nothing.
 * Without a clock (a ledger in another process) it seeds nothing and says why.
 */
export async function seedDemo(call: DemoCall, { clock, log = () => undefined }: { clock?: SettableClock; log?: (line: string) => void } = {}): Promise<{ created: number }> {
  clock?.reset();
  const today = (clock ?? systemClock).now();
  const { past, next } = demoCalendar(today);
  const ok = async (sub: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, type?: 'json' | 'xml') => {
    const response = await call(sub, method, path, body, type);
    if (response.status >= 300) throw new Error(`${method} ${path} as ${sub}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const students = new Set<string>();
  for (let page = 1; ; page++) {
    const answer = await ok(SCHOOL, 'GET', `/api/agreements?page=${page}&pageSize=100`);
    for (const item of answer.items) students.add(item.studentAccountId);
    if (answer.items.length === 0 || page * 100 >= answer.total) break;
  }

  const graduation = (year: string) => Number(year.split('/')[1]);
  const at = (when: Date) => clock!.setTo(when);
  // The student drafts first: the school records the profile of a student whose agreement names it.
  const draft = async (plan: Plan, when: Date): Promise<Drafted> => {
    at(when);
    const drafted = await ok(plan.student, 'POST', '/api/agreements', { content: contentOf(plan) });
    await ok(SCHOOL, 'PUT', `/api/students/${plan.student}/profile`, {
      nationality: 'FR', secondaryDiploma: 'french-baccalaureate', secondaryDiplomaCountry: 'FR', cameToFranceToStudy: false,
      track: 'student', schoolId: DEMO_SCHOOL, expectedGraduationYear: graduation(plan.semester.academicYear) + (plan.semester === past ? 0 : 1),
    });
    return { id: drafted.mobilityId, hash: drafted.draft.contentHash, host: hostOf(plan.partner), student: plan.student };
  };
  const act = (sub: string, when: Date, path: string, body: unknown) => {
    at(when);
    return ok(sub, 'POST', path, body);
  };
  const sign = (sub: string, agreement: Drafted, hash: string, when: Date) =>
    act(sub, when, `/api/agreements/${agreement.id}/signatures`, { contentHash: hash });
  /** The student signs two days after drafting, the school a week later, the host nine days after. */
  const signers = (agreement: Drafted) => [agreement.student, SCHOOL, agreement.host];
  const signedBy = async (count: number, agreement: Drafted, hash: string, drafted: Date) => {
    const delays = [2, 9, 18];
    for (let party = 0; party < count; party++) await sign(signers(agreement)[party], agreement, hash, addDays(drafted, delays[party]));
  };
  const approve = async (plan: Plan, drafted: Date) => {
    const agreement = await draft(plan, drafted);
    await signedBy(3, agreement, agreement.hash, drafted);
    return agreement;
  };
  const path = (agreement: Drafted, what: string) => `/api/agreements/${agreement.id}/${what}`;
  /** Leaves the day before the semester starts and comes back the day after it ends: recorded that evening. */
  const stay = async (agreement: Drafted) => {
    const left = dayOf(addDays(on(past.start), -1));
    await act(agreement.student, on(left, 18), path(agreement, 'departure'), { date: left });
    const back = dayOf(addDays(on(past.end), 1));
    await act(agreement.student, on(back, 18), path(agreement, 'return'), { date: back });
  };
  const pastDraft = addDays(on(past.start), -130);
  const daysAgo = (days: number, hour = 10) => on(dayOf(addDays(today, -days)), hour);

  const stories: { student: string; tell: () => Promise<unknown> }[] = [
    // Last semester in Warsaw: the host rejected an extension during the stay; back with a transcript, one course failed and remedied.
    { student: 'acc-tom', tell: async () => {
      const plan: Plan = { student: 'acc-tom', partner: DEMO_PARTNERS.warsaw, semester: past,
        studiedAbroad: [['KR601', 'Distributed systems', '7.5'], ['KR602', 'Computer vision', '7.5'], ['KR603', 'Compilers (summer school, US)', '3.75 us-semester-credit-hours'], ['KR604', 'Cryptography', '7.5']],
        recognisedAtHome: [['UE-INF-5', 'Computer science, semester 9', '30']] };
      const tom = await approve(plan, pastDraft);
      const left = dayOf(addDays(on(past.start), -1));
      await act('acc-tom', on(left, 18), path(tom, 'departure'), { date: left });
      const extension = await act('acc-tom', addDays(on(past.start), 20), path(tom, 'amendments'), { changes: [
        { op: 'insert', table: 'studiedAbroad', reason: 'extending-mobility', component: component(['KR699', 'Research project', '10']) },
      ] });
      await sign('acc-tom', tom, extension.proposal.contentHash, addDays(on(past.start), 20));
      await sign(SCHOOL, tom, extension.proposal.contentHash, addDays(on(past.start), 23));
      await act(tom.host, addDays(on(past.start), 27), path(tom, 'rejections'), { comment: 'KR699 needs a supervisor in the department; none is free this semester.' });
      const back = dayOf(addDays(on(past.end), 1));
      await act('acc-tom', on(back, 18), path(tom, 'return'), { date: back });
      await act('acc-tom', addDays(on(past.end), 3), '/api/students/acc-tom/records/low-carbon-travel', { stay: { mobilityId: tom.id }, journey: 'outbound', days: 2, mode: 'train' });
      await act(tom.host, addDays(on(past.end), 21), path(tom, 'transcripts'), { components: [
        { code: 'KR601', credits: { scheme: 'ects', value: '7.5' }, localGrade: '4.5', result: 'passed' },
        { code: 'KR602', credits: { scheme: 'ects', value: '7.5' }, localGrade: '4', result: 'passed' },
        { code: 'KR603', credits: { scheme: 'us-semester-credit-hours', value: '3.75' }, localGrade: 'A-', result: 'passed' },
        { code: 'KR604', credits: { scheme: 'ects', value: '7.5' }, localGrade: '2', result: 'failed' },
      ] });
      await act(SCHOOL, addDays(on(past.end), 30), path(tom, 'remedies'), { componentCode: 'KR604', kind: 'home-component', description: 'Cryptography at home, spring session' });
    } },
    // Last semester in Munich, every course passed.
    { student: 'acc-lea', tell: async () => {
      const lea = await approve({ student: 'acc-lea', partner: DEMO_PARTNERS.munich, semester: past,
        studiedAbroad: [['IN2064', 'Machine learning', '8'], ['IN2076', 'Advanced computer architecture', '8'], ['SZ0410', 'German B1', '3']],
        recognisedAtHome: [['UE-IA-5', 'Artificial intelligence', '16'], ['UE-LV2', 'Second language', '3']],
        virtual: [['IN2390', 'Online seminar: robotics', '2.5']] }, addDays(pastDraft, 4));
      await stay(lea);
      await act(lea.host, addDays(on(past.end), 18), path(lea, 'transcripts'), { components: [
        { code: 'IN2064', credits: { scheme: 'ects', value: '8' }, localGrade: '1.7', result: 'passed' },
        { code: 'IN2076', credits: { scheme: 'ects', value: '8' }, localGrade: '2.3', result: 'passed' },
        { code: 'SZ0410', credits: { scheme: 'ects', value: '3' }, localGrade: '1.3', result: 'passed' },
      ] });
    } },
    // Last semester in Warsaw: a course swapped by an amendment all three signed before leaving (version 2); the transcript is not back yet.
    { student: 'acc-hugo', tell: async () => {
      const hugo = await approve({ student: 'acc-hugo', partner: DEMO_PARTNERS.warsaw, semester: past,
        studiedAbroad: [['KR610', 'Embedded systems', '7.5'], ['KR611', 'Signal processing', '7.5'], ['KR612', 'Robotics', '7.5'], ['KR520', 'Polish for beginners', '3']],
        recognisedAtHome: [['UE-SE-5', 'Electronics, semester 9', '25.5']] }, addDays(pastDraft, 6));
      const swap = addDays(on(past.start), -45);
      const amendment = await act('acc-hugo', swap, path(hugo, 'amendments'), { changes: [
        { op: 'delete', table: 'studiedAbroad', code: 'KR612', reason: 'timetable-conflict' },
        { op: 'insert', table: 'studiedAbroad', reason: 'substituting-deleted', component: component(['KR613', 'Mobile robotics', '7.5']) },
      ] });
      await signedBy(3, hugo, amendment.proposal.contentHash, addDays(swap, -2));
      await stay(hugo);
    } },
    // Last semester in Munich.
    { student: 'acc-chloe', tell: async () => {
      const chloe = await approve({ student: 'acc-chloe', partner: DEMO_PARTNERS.munich, semester: past,
        studiedAbroad: [['MW1001', 'Energy systems', '6'], ['MW1002', 'Heat transfer', '6'], ['MW1003', 'Wind power', '6'], ['MW1004', 'Solar engineering', '6'], ['SZ0410', 'German B1', '6']],
        recognisedAtHome: [['UE-EN-5', 'Energy engineering, semester 9', '30']] }, addDays(pastDraft, 9));
      await stay(chloe);
    } },
    // Next semester, approved weeks ago; the student proposed a swap this week and signed it: the school's turn.
    { student: 'acc-sofia', tell: async () => {
      const sofia = await approve({ student: 'acc-sofia', partner: DEMO_PARTNERS.munich, semester: next,
        studiedAbroad: [['MW0001', 'Thermodynamics', '6'], ['MW0002', 'Fluid mechanics', '6'], ['MW0003', 'Control systems', '6'], ['MW0004', 'Materials', '6'], ['SZ0410', 'German B1', '6']],
        recognisedAtHome: [['UE-MECA-5', 'Mechanical engineering, semester 9', '30']] }, daysAgo(75));
      const amendment = await act('acc-sofia', daysAgo(3), path(sofia, 'amendments'), { changes: [
        { op: 'delete', table: 'studiedAbroad', code: 'MW0004', reason: 'timetable-conflict' },
        { op: 'insert', table: 'studiedAbroad', reason: 'substituting-deleted', component: component(['MW0010', 'Composite materials', '6']) },
      ] });
      await sign('acc-sofia', sofia, amendment.proposal.contentHash, daysAgo(3, 11));
    } },
    // Next semester, approved by the three parties.
    { student: 'acc-emma', tell: () => approve({ student: 'acc-emma', partner: DEMO_PARTNERS.warsaw, semester: next,
      studiedAbroad: [['KR630', 'Machine vision', '7.5'], ['KR631', 'Parallel computing', '7.5'], ['KR632', 'Graph theory', '7.5'], ['KR520', 'Polish for beginners', '3']],
      recognisedAtHome: [['UE-INF-4', 'Computer science, semester 7', '25.5']] }, daysAgo(50)) },
    // Next semester, signed by the student and the school: the hosts' turn.
    { student: 'acc-camille', tell: async () => {
      const camille = await draft({ student: 'acc-camille', partner: DEMO_PARTNERS.warsaw, semester: next,
        studiedAbroad: [['KR640', 'Operations research', '7.5'], ['KR641', 'Stochastic processes', '7.5'], ['KR642', 'Econometrics', '7.5']],
        recognisedAtHome: [['UE-MA-4', 'Applied mathematics, semester 7', '22.5']] }, daysAgo(30));
      await signedBy(2, camille, camille.hash, daysAgo(30));
    } },
    { student: 'acc-yanis', tell: async () => {
      const yanis = await draft({ student: 'acc-yanis', partner: DEMO_PARTNERS.munich, semester: next,
        studiedAbroad: [['IN2210', 'Software engineering', '8'], ['IN2211', 'Cloud computing', '8'], ['IN2212', 'Security engineering', '8']],
        recognisedAtHome: [['UE-INF-4', 'Computer science, semester 7', '24']] }, daysAgo(25));
      await signedBy(2, yanis, yanis.hash, daysAgo(25));
    } },
    // Next semester, signed by the student only: the school's turn, four of them.
    ...(<[string, string, number, Course[], Course[]][]>[
      ['acc-ines', DEMO_PARTNERS.warsaw, 20, [['KR650', 'Bioinformatics', '7.5'], ['KR651', 'Genomics', '7.5'], ['KR652', 'Statistics for biology', '7.5']], [['UE-BIO-4', 'Biosciences, semester 7', '22.5']]],
      ['acc-lucas', DEMO_PARTNERS.munich, 14, [['IN2301', 'Computer graphics', '8'], ['IN2302', 'Game engines', '8'], ['SZ0410', 'German B1', '3']], [['UE-INF-4', 'Computer science, semester 7', '19']]],
      ['acc-manon', DEMO_PARTNERS.warsaw, 9, [['KR660', 'Urban planning', '7.5'], ['KR661', 'Structural design', '7.5'], ['KR662', 'Building physics', '7.5']], [['UE-GC-4', 'Civil engineering, semester 7', '22.5']]],
      ['acc-nathan', DEMO_PARTNERS.munich, 5, [['MW2001', 'Vehicle dynamics', '6'], ['MW2002', 'Combustion engines', '6'], ['MW2003', 'Electric drives', '6']], [['UE-MECA-4', 'Mechanical engineering, semester 7', '18']]],
    ]).map(([student, partner, days, studiedAbroad, recognisedAtHome]) => ({ student, tell: async () => {
      const agreement = await draft({ student, partner, semester: next, studiedAbroad, recognisedAtHome }, daysAgo(days));
      await signedBy(1, agreement, agreement.hash, daysAgo(days));
    } })),
    // Next semester, a draft no one has signed yet: the walkthrough of the README signs it as the three parties.
    { student: 'acc-ivan', tell: () => draft({ student: 'acc-ivan', partner: DEMO_PARTNERS.warsaw, semester: next,
      studiedAbroad: [['KR501', 'Advanced algorithms', '9'], ['KR502B', 'Numerical analysis', '7.5'], ['KR520', 'Polish for beginners', '3']],
      recognisedAtHome: [['UE-INF-4', 'Computer science, semester 7', '19.5']] }, daysAgo(2)) },
  ];

  // Before the stories, on a fresh ledger; otherwise today: a ledger seeded before the partners were lacks only them.
  if (clock && students.size === 0) at(addDays(pastDraft, -2));
  await nameDemoSchool(call);
  const covered = await recordDemoPartnerships(ok, SCHOOL, past.academicYear, next.academicYear);
  clock?.reset();
  if (covered.length > 0) log(`recorded the IIAs of ${DEMO_SCHOOL} with ${covered.join(' and ')} for ${past.academicYear} to ${next.academicYear}`);

  const due = stories.filter((story) => !students.has(story.student));
  if (due.length === 0) {
    log(`the demo data is already there (${students.size} students of ${DEMO_SCHOOL} have an agreement): nothing seeded`);
    return { created: 0 };
  }
  if (!clock) {
    throw new Error('the demo stories happened over the past months, and a ledger in another process stamps what it records with today’s date: ' +
      'stop it, run npm run demo:seed (it seeds in process), then npm start');
  }
  try {
    if (students.size === 0) {
      at(addDays(pastDraft, -1));
      await ok(SCHOOL, 'PUT', `/api/schools/${DEMO_SCHOOL}/regulations`, {
        minimumWeeksAbroad: { student: 17, apprentice: 12 }, lowCarbonTravel: { counts: true, maxDays: 4 }, preparatoryCycleCounts: false,
      });
    }
    for (const story of due) await story.tell();
  } finally {
    clock.reset();
  }
  const skipped = stories.length - due.length;
  log(`seeded ${due.length} agreements of ${DEMO_SCHOOL} for ${past.academicYear} and ${next.academicYear}, hosted by ${Object.values(DEMO_PARTNERS).join(' and ')}` +
    (skipped ? ` (${skipped} already there, left as they were)` : ''));
  return { created: due.length };
}
