import { aProfile, aStay, auditor, givenStudent, profiled, schoolStaff, student, studentCommand } from './student.fixtures';

const MOBILITY = { mobilityId: 'c442c289-5541-4cae-9edb-8ad83e133613' };
const DECLARED = { stayId: 'stay-1' };
const LATER = '2026-09-01T08:00:00.000Z';
const withStay = (stay = aStay(), profile = aProfile()) => profiled(profile, studentCommand('DeclareStay', student, { stay }));

describe('RecordInternshipAgreement', () => {
  it('CTI-MOB-6: the school records the internship agreement of an internship', () => {
    givenStudent(withStay(aStay({ kind: 'internship' })))
      .when(studentCommand('RecordInternshipAgreement', schoolStaff, { stay: DECLARED, reference: 'CONV-2026-118', signedOn: '2026-01-10' }))
      .thenState((state) =>
        expect(state.records['stay:stay-1'].internshipAgreement).toEqual({ reference: 'CONV-2026-118', signedOn: '2026-01-10' }),
      );
  });

  it('CTI-MOB-6: refuses one on a stay that is not an internship', () => {
    givenStudent(withStay())
      .when(studentCommand('RecordInternshipAgreement', schoolStaff, { stay: DECLARED, reference: 'CONV-1' }))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-MOB-6' });
  });

  it('STUDENT-ACTOR: the student does not record it', () => {
    givenStudent(withStay(aStay({ kind: 'internship' })))
      .when(studentCommand('RecordInternshipAgreement', student, { stay: DECLARED, reference: 'CONV-1' }))
      .thenThrows({ kind: 'forbidden', ruleId: 'STUDENT-ACTOR' });
  });
});

describe('RecordLowCarbonTravel', () => {
  it('CTI-MOB-8: the student records each journey of an agreement’s mobility; again replaces it', () => {
    const outbound = studentCommand('RecordLowCarbonTravel', student, { stay: MOBILITY, journey: 'outbound', days: 2, mode: 'train' });
    givenStudent(profiled(aProfile(), outbound))
      .when(studentCommand('RecordLowCarbonTravel', student, { stay: MOBILITY, journey: 'outbound', days: 3, mode: 'bus' }))
      .thenState((state) =>
        expect(state.records[`mobility:${MOBILITY.mobilityId}`].lowCarbonTravel).toEqual({ outbound: { days: 3, mode: 'bus' } }),
      );
  });

  it('CTI-MOB-8: refuses a mode that is not low-carbon, and part days', () => {
    givenStudent(profiled())
      .when(studentCommand('RecordLowCarbonTravel', student, { stay: MOBILITY, journey: 'outbound', days: 1, mode: 'plane' as 'train' }))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-MOB-8' });
    givenStudent(profiled())
      .when(studentCommand('RecordLowCarbonTravel', student, { stay: MOBILITY, journey: 'return', days: 0.5, mode: 'train' }))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-MOB-8' });
  });

  it('CTI-MOB-4: internationalisation at home has no travel to record', () => {
    givenStudent(withStay(aStay({ kind: 'internationalisation-at-home', country: 'FR' })))
      .when(studentCommand('RecordLowCarbonTravel', student, { stay: DECLARED, journey: 'outbound', days: 1, mode: 'train' }))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-MOB-4' });
  });

  it('STUDENT-STAY: names exactly one stay that exists', () => {
    givenStudent(profiled())
      .when(studentCommand('RecordLowCarbonTravel', student, { stay: { stayId: 'nope' }, journey: 'outbound', days: 1, mode: 'train' }))
      .thenThrows({ kind: 'not_found', ruleId: 'STUDENT-STAY' });
    givenStudent(profiled())
      .when(studentCommand('RecordLowCarbonTravel', student, { stay: { ...MOBILITY, ...DECLARED } as never, journey: 'outbound', days: 1, mode: 'train' }))
      .thenThrows({ kind: 'invalid', ruleId: 'STUDENT-STAY' });
  });
});

describe('RecordPreparation / RecordFollowUp / RecordDebrief', () => {
  it('CTI-MOB-9: the school records preparation, follow-up and debrief, each date once', () => {
    const history = profiled(
      aProfile(),
      studentCommand('RecordPreparation', schoolStaff, { stay: MOBILITY, date: '2026-01-12', note: 'pre-departure day' }),
      studentCommand('RecordFollowUp', schoolStaff, { stay: MOBILITY, date: '2026-04-01' }, LATER),
    );
    givenStudent(history)
      .when(studentCommand('RecordDebrief', schoolStaff, { stay: MOBILITY, date: '2026-08-30' }, LATER))
      .thenState((state) =>
        expect(state.records[`mobility:${MOBILITY.mobilityId}`]).toMatchObject({
          preparation: ['2026-01-12'],
          followUp: ['2026-04-01'],
          debrief: ['2026-08-30'],
        }),
      );
    givenStudent(history)
      .when(studentCommand('RecordPreparation', schoolStaff, { stay: MOBILITY, date: '2026-01-12' }))
      .thenNothingHappens();
  });

  it('CTI-MOB-9: refuses a date that has not come yet, and the student or an auditor recording it', () => {
    givenStudent(profiled())
      .when(studentCommand('RecordDebrief', schoolStaff, { stay: MOBILITY, date: '2026-08-30' }))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-MOB-9' });
    for (const actor of [student, auditor]) {
      givenStudent(profiled())
        .when(studentCommand('RecordPreparation', actor, { stay: MOBILITY, date: '2026-01-12' }))
        .thenThrows({ kind: 'forbidden', ruleId: 'STUDENT-ACTOR' });
    }
  });
});

describe('RecordApprenticeshipModality', () => {
  it('CTI-MOB-5: the school records the employer’s modality for an apprentice’s stay', () => {
    givenStudent(profiled(aProfile({ track: 'apprentice' })))
      .when(studentCommand('RecordApprenticeshipModality', schoolStaff, { stay: MOBILITY, modality: 'contract-on-hold' }))
      .thenState((state) => expect(state.records[`mobility:${MOBILITY.mobilityId}`].apprenticeshipModality).toBe('contract-on-hold'));
  });

  it('CTI-MOB-5: refuses a modality for a student on the student track', () => {
    givenStudent(profiled())
      .when(studentCommand('RecordApprenticeshipModality', schoolStaff, { stay: MOBILITY, modality: 'at-disposal-of-host' }))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-MOB-5' });
  });
});
