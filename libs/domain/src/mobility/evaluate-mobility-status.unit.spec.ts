import { StudyRegulations } from '../school/study-regulations';
import { StayRecords, emptyStayRecords } from '../student/stay-records';
import { StudentProfile } from '../student/student.profile';
import { DeclaredStay } from '../student/student.stay';
import { AgreementSummary, isIncoming } from './agreement-summary';
import { evaluateMobilityStatus } from './evaluate-mobility-status';
import { MobilityInput, MobilityStatus } from './mobility-status.types';
import { MobilityRuleId } from './mobility.rules';

const SCHOOL = 'insa-lyon.fr';
const MOBILITY = 'mob-1';

const profile = (overrides: Partial<StudentProfile> = {}): StudentProfile => ({
  nationality: 'FR',
  secondaryDiplomaCountry: 'FR',
  secondaryDiploma: 'french-baccalaureate',
  cameToFranceToStudy: false,
  track: 'student',
  schoolId: SCHOOL,
  expectedGraduationYear: 2027,
  ...overrides,
});
const regulations = (overrides: Partial<StudyRegulations> = {}): StudyRegulations => ({
  minimumWeeksAbroad: { student: 12, apprentice: 9 },
  lowCarbonTravel: { counts: true, maxDays: 4 },
  preparatoryCycleCounts: true,
  ...overrides,
});
/** 2026-02-02 to 2026-05-31: 119 days, 17 weeks, completed. */
const agreement = (overrides: Partial<AgreementSummary> = {}): AgreementSummary => ({
  mobilityId: MOBILITY,
  plannedStart: '2026-02-02',
  plannedEnd: '2026-05-31',
  departedOn: '2026-02-02',
  returnedOn: '2026-05-31',
  stay: 'individual',
  activity: 'studies',
  mobilityType: 'semester',
  track: 'student',
  approved: true,
  receivingHeiId: 'uw.edu.pl',
  receivingCountry: 'PL',
  sendingHeiId: SCHOOL,
  ...overrides,
});
const planned = (overrides: Partial<AgreementSummary> = {}) => agreement({ departedOn: undefined, returnedOn: undefined, ...overrides });
const declared = (overrides: Partial<DeclaredStay> = {}): DeclaredStay => ({
  stayId: 'stay-1',
  kind: 'studies',
  country: 'DE',
  plannedStart: '2026-02-02',
  plannedEnd: '2026-05-31',
  actualStart: '2026-02-02',
  actualEnd: '2026-05-31',
  ...overrides,
});
const supported: StayRecords = { ...emptyStayRecords(), preparation: ['2026-01-10'], followUp: ['2026-03-15'], debrief: ['2026-06-10'] };
const records = (key: string, more: Partial<StayRecords> = {}) => ({ [key]: { ...supported, ...more } });

const input = (overrides: Partial<MobilityInput> = {}): MobilityInput => ({
  profile: profile(),
  regulations: regulations(),
  agreements: [],
  declaredStays: [],
  records: records(`mobility:${MOBILITY}`),
  today: '2026-10-01',
  ...overrides,
});

type Case = {
  name: string;
  given: Partial<MobilityInput>;
  status: MobilityStatus;
  /** The first stay's verdict. */
  stay?: { counts: boolean; ruleId: MobilityRuleId; countedDays?: number; weeks?: string };
  /** Rule ids among the warnings; [] means none. */
  warnings?: MobilityRuleId[];
};

const cases: Case[] = [
  {
    name: 'CTI-MOB-1: an individual semester abroad counts and fulfils the requirement',
    given: { agreements: [agreement()] },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-1', countedDays: 119, weeks: '17.0' },
    warnings: [],
  },
  {
    name: 'CTI-MOB-1: a preparatory-cycle stay the school did not supervise does not count',
    given: { declaredStays: [declared({ kind: 'preparatory-cycle', supervised: false })], records: records('stay:stay-1') },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-MOB-1', countedDays: 0 },
  },
  {
    name: 'CTI-MOB-1: a supervised preparatory-cycle stay does not count when the regulations say so',
    given: {
      regulations: regulations({ preparatoryCycleCounts: false }),
      declaredStays: [declared({ kind: 'preparatory-cycle', supervised: true })],
    },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-MOB-1' },
  },
  {
    name: 'CTI-MOB-1: a supervised preparatory-cycle stay counts when the school counts it',
    given: { declaredStays: [declared({ kind: 'preparatory-cycle', supervised: true })], records: records('stay:stay-1') },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-1', countedDays: 119 },
  },
  {
    name: 'CTI-MOB-2: a foreign national with a foreign diploma who came to study is exempt',
    given: { profile: profile({ nationality: 'MA', secondaryDiplomaCountry: 'MA', secondaryDiploma: 'foreign', cameToFranceToStudy: true }) },
    status: 'exempt',
  },
  {
    name: 'CTI-MOB-2: a foreign national with a French baccalauréat obtained abroad who came to study is exempt',
    given: { profile: profile({ nationality: 'SN', secondaryDiplomaCountry: 'SN', cameToFranceToStudy: true }) },
    status: 'exempt',
  },
  {
    name: 'CTI-MOB-2: a foreign national with a baccalauréat obtained in France is not exempt',
    given: { profile: profile({ nationality: 'SN', cameToFranceToStudy: true }) },
    status: 'not-met',
  },
  {
    name: 'CTI-MOB-3: a group stay of the same class does not count',
    given: { agreements: [agreement({ stay: 'group' })] },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-MOB-3', countedDays: 0 },
  },
  {
    name: 'CTI-MOB-4: internationalisation at home never replaces the stay',
    given: { declaredStays: [declared({ kind: 'internationalisation-at-home', country: 'FR' })] },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-MOB-4' },
    warnings: [],
  },
  {
    name: 'CTI-MOB-5: an apprentice with 9 weeks completed fulfils it, with a warning below the 12 recommended',
    given: {
      profile: profile({ track: 'apprentice', apprenticeshipModality: 'at-disposal-of-host' }),
      regulations: regulations({ lowCarbonTravel: { counts: false, maxDays: 0 } }),
      agreements: [agreement({ plannedEnd: '2026-04-05', returnedOn: '2026-04-05', track: 'apprentice' })],
    },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-5', countedDays: 63, weeks: '9.0' },
    warnings: ['CTI-MOB-5'],
  },
  {
    name: 'CTI-MOB-5: an apprentice is never fulfilled under 9 weeks, even if settings said less',
    given: {
      profile: profile({ track: 'apprentice', apprenticeshipModality: 'contract-on-hold' }),
      regulations: regulations({ minimumWeeksAbroad: { student: 12, apprentice: 8 }, lowCarbonTravel: { counts: false, maxDays: 0 } }),
      agreements: [agreement({ plannedEnd: '2026-03-29', returnedOn: '2026-03-29', track: 'apprentice' })],
    },
    status: 'at-risk',
    stay: { counts: true, ruleId: 'CTI-MOB-5', countedDays: 56, weeks: '8.0' },
    warnings: ['CTI-MOB-5'],
  },
  {
    name: 'CTI-MOB-5: an apprentice stay over 4 weeks without a modality is warned, and still counts',
    given: { profile: profile({ track: 'apprentice' }), agreements: [agreement({ track: 'apprentice' })] },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-5' },
    warnings: ['CTI-MOB-5'],
  },
  {
    name: 'CTI-MOB-6: an internship without an internship agreement does not count',
    given: { agreements: [agreement({ activity: 'internship', mobilityType: 'traineeship' })] },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-MOB-6' },
  },
  {
    name: 'CTI-MOB-6: an internship covered by an internship agreement counts',
    given: {
      agreements: [agreement({ activity: 'internship', mobilityType: 'traineeship' })],
      records: records(`mobility:${MOBILITY}`, { internshipAgreement: { reference: 'CONV-118' } }),
    },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-6' },
  },
  {
    name: 'CTI-MOB-7: a gap period never satisfies the mandatory stay',
    given: { declaredStays: [declared({ kind: 'gap-period' })] },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-MOB-7' },
    warnings: [],
  },
  {
    name: 'CTI-MOB-8: low-carbon travel days count up to the school maximum, and reach the 12 weeks',
    given: {
      agreements: [agreement({ plannedEnd: '2026-04-22', returnedOn: '2026-04-22' })],
      records: records(`mobility:${MOBILITY}`, {
        lowCarbonTravel: { outbound: { days: 2, mode: 'train' }, return: { days: 3, mode: 'bus' } },
      }),
    },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-1', countedDays: 80 + 4, weeks: '12.0' },
    warnings: ['CTI-MOB-8'],
  },
  {
    name: 'CTI-MOB-8: low-carbon travel does not count when the regulations do not count it',
    given: {
      regulations: regulations({ lowCarbonTravel: { counts: false, maxDays: 0 } }),
      agreements: [agreement({ plannedEnd: '2026-04-19', returnedOn: '2026-04-19' })],
      records: records(`mobility:${MOBILITY}`, { lowCarbonTravel: { outbound: { days: 2, mode: 'train' } } }),
    },
    status: 'at-risk',
    stay: { counts: true, ruleId: 'CTI-MOB-1', countedDays: 77, weeks: '11.0' },
    warnings: ['CTI-MOB-8'],
  },
  {
    name: 'CTI-MOB-9: a completed stay without preparation, follow-up or debrief is warned',
    given: { agreements: [agreement()], records: {} },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-1' },
    warnings: ['CTI-MOB-9', 'CTI-MOB-9', 'CTI-MOB-9'],
  },
  {
    name: 'CTI-IN-1: an agreement where the school receives is incoming and does not count',
    given: { agreements: [agreement({ receivingHeiId: SCHOOL, sendingHeiId: 'uw.edu.pl', receivingCountry: undefined })] },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-IN-1' },
  },
  {
    name: 'CTI-LA-1: an agreement not yet approved is no plan',
    given: { agreements: [planned({ approved: false })], today: '2026-01-10' },
    status: 'not-met',
    stay: { counts: false, ruleId: 'CTI-LA-1' },
  },
  {
    name: 'CTI-LA-1: a stay started before approval counts, with a warning',
    given: { agreements: [agreement({ approved: false })] },
    status: 'fulfilled',
    stay: { counts: true, ruleId: 'CTI-MOB-1' },
    warnings: ['CTI-LA-1'],
  },
  {
    name: 'MOB-STATUS in-progress: a counting stay underway will reach the minimum at its planned end',
    given: { agreements: [agreement({ returnedOn: undefined })], today: '2026-03-01' },
    status: 'in-progress',
    stay: { counts: true, ruleId: 'CTI-MOB-1', countedDays: 119 },
    warnings: [],
  },
  {
    name: 'MOB-STATUS planned: approved plans reach the minimum, none started',
    given: { agreements: [planned()], today: '2026-01-10' },
    status: 'planned',
    warnings: [],
  },
  {
    name: 'MOB-STATUS at-risk: what is planned falls short of the minimum',
    given: { agreements: [planned({ plannedEnd: '2026-03-01' })], today: '2026-01-10' },
    status: 'at-risk',
  },
  {
    name: 'MOB-STATUS not-met: the graduation year is over with a plan never carried out',
    given: { agreements: [planned()], today: '2028-01-05' },
    status: 'not-met',
  },
  {
    name: 'MOB-STATUS derogation-granted: a derogation stands for a student who has not gone',
    given: { derogation: { reason: 'medical: cannot travel', decidedBy: 'jury des études' } },
    status: 'derogation-granted',
  },
];

describe('evaluateMobilityStatus', () => {
  it.each(cases)('$name', ({ given, status, stay, warnings }) => {
    const evaluation = evaluateMobilityStatus(input(given));
    expect(evaluation.status).toBe(status);
    if (stay) expect(evaluation.stays[0]).toMatchObject(stay);
    if (warnings) expect(evaluation.warnings.map(({ ruleId }) => ruleId).sort()).toEqual([...warnings].sort());
  });

  it('MOB-STATUS: reports counted days and weeks by phase, and the derogation’s reason', () => {
    const evaluation = evaluateMobilityStatus(
      input({
        agreements: [agreement({ plannedEnd: '2026-03-01', returnedOn: '2026-03-01' }), planned({ mobilityId: 'mob-2', plannedStart: '2026-09-01', plannedEnd: '2026-09-30' })],
        derogation: { reason: 'family', decidedBy: 'director' },
      }),
    );
    expect(evaluation).toMatchObject({
      status: 'derogation-granted',
      explanation: 'derogation: family',
      derogation: { reason: 'family', decidedBy: 'director' },
      minimumWeeks: 12,
      days: { completed: 28, underway: 0, planned: 30, total: 58 },
      weeks: { completed: '4.0', underway: '0.0', planned: '4.2', total: '8.2' },
    });
  });

  it('CTI-IN-1: isIncoming tells the school’s receiving agreements apart', () => {
    expect(isIncoming(agreement({ receivingHeiId: SCHOOL }), SCHOOL)).toBe(true);
    expect(isIncoming(agreement(), SCHOOL)).toBe(false);
  });
});
