import { signerOf } from '../agreement/agreement.actor';
import { historyOf } from '../testing/decider-specification';
import { FieldGradeDistribution } from './grade-distribution';
import { schoolDecider } from './school.decider';
import { SCHOOL, NOW, admin, auditor, givenSchool, otherSchoolStaff, regulations, schoolCommand, schoolStaff, usCredits } from './school.fixtures';
import { schoolIdOf, schoolStreamId } from './school.stream';
import { DEFAULT_STUDY_REGULATIONS } from './study-regulations';

const configure = (settings = regulations(), by = schoolStaff) => schoolCommand('ConfigureStudyRegulations', by, { regulations: settings });
const configured = () => historyOf(schoolDecider, [configure()]);
const engineering: FieldGradeDistribution = {
  iscedFCode: '0714',
  grades: [
    { grade: 'A', percentage: '12.5' },
    { grade: 'B', percentage: '37.5' },
    { grade: 'C', percentage: '50' },
  ],
  referenceYears: ['2023/2024', '2024/2025'],
};

describe('school stream', () => {
  it('is named by the SCHAC code', () => {
    expect(schoolStreamId(SCHOOL)).toBe('school-insa-lyon.fr');
    expect(schoolIdOf('school-insa-lyon.fr')).toBe(SCHOOL);
    expect(schoolIdOf('student-x')).toBeUndefined();
  });

  it('starts from the documented defaults: 12 weeks for students, 9 for apprentices (CTI-MOB-5), no travel, no preparatory cycle', () => {
    givenSchool([]).when(configure(DEFAULT_STUDY_REGULATIONS)).thenState((state) => expect(state.configured).toBe(true));
    expect(schoolDecider.initialState()).toMatchObject({ configured: false, regulations: DEFAULT_STUDY_REGULATIONS });
    expect(DEFAULT_STUDY_REGULATIONS).toEqual({
      minimumWeeksAbroad: { student: 12, apprentice: 9 },
      lowCarbonTravel: { counts: false, maxDays: 0 },
      preparatoryCycleCounts: false,
    });
  });
});

describe('ConfigureStudyRegulations', () => {
  it("records the school's settings with the ones they replace (CTI-MOB-1, CTI-MOB-5, CTI-MOB-8)", () => {
    givenSchool([])
      .when(configure())
      .then([
        {
          type: 'StudyRegulationsConfigured',
          data: { schoolId: SCHOOL, regulations: regulations(), previous: DEFAULT_STUDY_REGULATIONS, by: signerOf(schoolStaff), at: NOW },
        },
      ]);
  });

  it('changes nothing when the settings are the same', () => {
    givenSchool(configured()).when(configure()).thenNothingHappens();
  });

  it('CTI-MOB-5: refuses an apprentice minimum below 9 weeks', () => {
    givenSchool([])
      .when(configure(regulations({ minimumWeeksAbroad: { student: 12, apprentice: 8 } })))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-MOB-5', message: /at least 9 weeks/ });
  });

  it('CTI-MOB-1: refuses a students’ minimum of zero, as the stay is mandatory', () => {
    givenSchool([])
      .when(configure(regulations({ minimumWeeksAbroad: { student: 0, apprentice: 9 } })))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-MOB-1' });
  });

  it('CTI-MOB-8: refuses a negative or fractional maximum of low-carbon travel days', () => {
    givenSchool([])
      .when(configure(regulations({ lowCarbonTravel: { counts: true, maxDays: 2.5 } })))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-MOB-8' });
  });

  it('SCHOOL-STAFF: only the school’s sending staff or an admin configure it', () => {
    givenSchool([]).when(configure(regulations(), admin)).then(([event]) => expect(event.type).toBe('StudyRegulationsConfigured'));
    givenSchool([]).when(configure(regulations(), otherSchoolStaff)).thenThrows({ kind: 'forbidden', ruleId: 'SCHOOL-STAFF' });
    givenSchool([]).when(configure(regulations(), auditor)).thenThrows({ kind: 'forbidden', ruleId: 'SCHOOL-STAFF' });
  });
});

describe('SetConversionRule / RemoveConversionRule', () => {
  it('CTI-REC-3: sets a rule per scheme, keeping the one it replaces', () => {
    const doubled = { ...usCredits, factor: '2.5' };
    givenSchool(historyOf(schoolDecider, [schoolCommand('SetConversionRule', schoolStaff, { rule: usCredits })]))
      .when(schoolCommand('SetConversionRule', schoolStaff, { rule: doubled }))
      .thenState((state, [event]) => {
        expect(event.data).toMatchObject({ rule: doubled, previous: usCredits });
        expect(state.conversionRules).toEqual({ [usCredits.scheme]: doubled });
      });
  });

  it('CTI-REC-3: refuses a rule for ECTS or without its source', () => {
    givenSchool([])
      .when(schoolCommand('SetConversionRule', schoolStaff, { rule: { ...usCredits, scheme: 'ects' } }))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-REC-3', message: /ECTS/ });
    givenSchool([])
      .when(schoolCommand('SetConversionRule', schoolStaff, { rule: { ...usCredits, source: ' ' } }))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-REC-3', message: /source/ });
  });

  it('CTI-REC-3: removes a rule, and refuses to remove one that is not set', () => {
    givenSchool(historyOf(schoolDecider, [schoolCommand('SetConversionRule', schoolStaff, { rule: usCredits })]))
      .when(schoolCommand('RemoveConversionRule', schoolStaff, { scheme: usCredits.scheme }))
      .thenState((state) => expect(state.conversionRules).toEqual({}));
    givenSchool([])
      .when(schoolCommand('RemoveConversionRule', schoolStaff, { scheme: usCredits.scheme }))
      .thenThrows({ kind: 'not_found', ruleId: 'CTI-REC-3' });
  });
});

describe('SetGradeDistribution / RemoveGradeDistribution', () => {
  it('SCHOOL-SETTINGS: keeps the EGRACONS distribution of an ISCED-F field, best grade first', () => {
    givenSchool([])
      .when(schoolCommand('SetGradeDistribution', schoolStaff, { distribution: engineering }))
      .thenState((state) => expect(state.gradeDistributions['0714']).toEqual(engineering));
  });

  it('SCHOOL-SETTINGS: refuses percentages that do not add up to 100', () => {
    const grades = [{ grade: 'A', percentage: '33.3' }, { grade: 'B', percentage: '66.6' }];
    givenSchool([])
      .when(schoolCommand('SetGradeDistribution', schoolStaff, { distribution: { iscedFCode: '0714', grades } }))
      .thenThrows({ kind: 'invalid', ruleId: 'SCHOOL-SETTINGS', message: /add up to 100/ });
  });

  it('SCHOOL-SETTINGS: removes a distribution that is set', () => {
    givenSchool(historyOf(schoolDecider, [schoolCommand('SetGradeDistribution', schoolStaff, { distribution: engineering })]))
      .when(schoolCommand('RemoveGradeDistribution', schoolStaff, { iscedFCode: '0714' }))
      .thenState((state) => expect(state.gradeDistributions).toEqual({}));
    givenSchool([])
      .when(schoolCommand('RemoveGradeDistribution', schoolStaff, { iscedFCode: '0714' }))
      .thenThrows({ kind: 'not_found', ruleId: 'SCHOOL-SETTINGS' });
  });
});
