import { signerOf } from '../agreement/agreement.actor';
import { studentIdOf, studentStreamId } from './student.stream';
import {
  NOW,
  STUDENT_ID,
  aProfile,
  aStay,
  admin,
  auditor,
  givenStudent,
  otherSchoolStaff,
  otherStudent,
  profiled,
  receivingStaff,
  schoolStaff,
  student,
  studentCommand,
} from './student.fixtures';

const recordProfile = (profile = aProfile(), by = schoolStaff) => studentCommand('RecordProfile', by, { profile });
const declare = (stay = aStay(), by = student) => studentCommand('DeclareStay', by, { stay });

describe('student stream', () => {
  it('is named by the account id the agreements use', () => {
    expect(studentStreamId(STUDENT_ID)).toBe('student-acc-ivan');
    expect(studentIdOf('student-acc-ivan')).toBe(STUDENT_ID);
  });
});

describe('RecordProfile', () => {
  it('CTI-MOB-2: the school records what decides the exemption', () => {
    const profile = aProfile({ nationality: 'MA', secondaryDiplomaCountry: 'MA', secondaryDiploma: 'foreign', cameToFranceToStudy: true });
    givenStudent([])
      .when(recordProfile(profile))
      .then([
        {
          type: 'ProfileRecorded',
          data: { studentId: STUDENT_ID, profile, by: signerOf(schoolStaff), role: 'sending', at: NOW },
        },
      ]);
  });

  it('STUDENT-ACTOR: the student, other schools, receiving staff and auditors cannot record it', () => {
    for (const actor of [student, otherSchoolStaff, receivingStaff, auditor]) {
      givenStudent([]).when(recordProfile(aProfile(), actor)).thenThrows({ kind: 'forbidden', ruleId: 'STUDENT-ACTOR' });
    }
  });

  it('STUDENT-ACTOR: moving to another school is left to an admin', () => {
    const moved = aProfile({ schoolId: 'other.fr' });
    givenStudent(profiled()).when(recordProfile(moved, otherSchoolStaff)).thenThrows({ kind: 'forbidden', ruleId: 'STUDENT-ACTOR' });
    givenStudent(profiled()).when(recordProfile(moved, admin)).thenState((state) => expect(state.profile).toEqual(moved));
  });

  it('CTI-MOB-5: refuses an apprenticeship modality on a student-track profile', () => {
    givenStudent([])
      .when(recordProfile(aProfile({ apprenticeshipModality: 'contract-on-hold' })))
      .thenThrows({ kind: 'invalid', ruleId: 'STUDENT-PROFILE', message: /CTI-MOB-5/ });
  });

  it('changes nothing when the profile is the same', () => {
    givenStudent(profiled()).when(recordProfile()).thenNothingHappens();
  });
});

describe('DeclareStay', () => {
  it('STUDENT-STAY: the student declares a stay no agreement carries', () => {
    givenStudent(profiled())
      .when(declare())
      .thenState((state, [event]) => {
        expect(event).toEqual({
          type: 'StayDeclared',
          data: { studentId: STUDENT_ID, stay: aStay(), by: signerOf(student), role: 'student', at: NOW },
        });
        expect(state.stays['stay-1']).toEqual(aStay());
      });
  });

  it('STUDENT-PROFILE: a stay needs the profile first', () => {
    givenStudent([]).when(declare()).thenThrows({ kind: 'not_found', ruleId: 'STUDENT-PROFILE' });
  });

  it('STUDENT-ACTOR: another student cannot declare a stay for this one', () => {
    givenStudent(profiled()).when(declare(aStay(), otherStudent)).thenThrows({ kind: 'forbidden', ruleId: 'STUDENT-ACTOR' });
  });

  it('CTI-MOB-7: only the student declares a gap period, the school may not push one', () => {
    const gap = aStay({ kind: 'gap-period' });
    givenStudent(profiled()).when(declare(gap, student)).then(([event]) => expect(event.type).toBe('StayDeclared'));
    givenStudent(profiled()).when(declare(gap, schoolStaff)).thenThrows({ kind: 'rule', ruleId: 'CTI-MOB-7' });
  });

  it('CTI-MOB-1: a preparatory-cycle stay says whether the school supervised it', () => {
    givenStudent(profiled())
      .when(declare(aStay({ kind: 'preparatory-cycle' })))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-MOB-1' });
  });

  it('STUDENT-STAY: refuses planned dates out of order and actual dates in the future', () => {
    givenStudent(profiled())
      .when(declare(aStay({ plannedStart: '2026-09-01', plannedEnd: '2026-06-01' })))
      .thenThrows({ kind: 'invalid', ruleId: 'STUDENT-STAY', message: /before plannedStart/ });
    givenStudent(profiled())
      .when(declare(aStay({ actualStart: '2026-06-01' })))
      .thenThrows({ kind: 'invalid', ruleId: 'STUDENT-STAY', message: /has not happened yet/ });
  });

  it('STUDENT-STAY: a different stay under a used id is a conflict', () => {
    givenStudent(profiled(aProfile(), declare()))
      .when(declare(aStay({ country: 'IT' })))
      .thenThrows({ kind: 'conflict', ruleId: 'STUDENT-STAY' });
  });
});

describe('RecordStayDates', () => {
  const LATER = '2026-09-01T08:00:00.000Z';

  it('STUDENT-STAY: records the actual start, then the end', () => {
    const started = profiled(aProfile(), declare(), studentCommand('RecordStayDates', student, { stayId: 'stay-1', actualStart: '2026-06-02' }, LATER));
    givenStudent(started)
      .when(studentCommand('RecordStayDates', schoolStaff, { stayId: 'stay-1', actualEnd: '2026-08-20' }, LATER))
      .thenState((state) => expect(state.stays['stay-1']).toMatchObject({ actualStart: '2026-06-02', actualEnd: '2026-08-20' }));
  });

  it('STUDENT-STAY: refuses to change a recorded date, or an end before the start', () => {
    const started = profiled(aProfile(), declare(), studentCommand('RecordStayDates', student, { stayId: 'stay-1', actualStart: '2026-06-02' }, LATER));
    givenStudent(started)
      .when(studentCommand('RecordStayDates', student, { stayId: 'stay-1', actualStart: '2026-06-03' }, LATER))
      .thenThrows({ kind: 'rule', ruleId: 'STUDENT-STAY' });
    givenStudent(started)
      .when(studentCommand('RecordStayDates', student, { stayId: 'stay-1', actualEnd: '2026-05-30' }, LATER))
      .thenThrows({ kind: 'invalid', ruleId: 'STUDENT-STAY', message: /before actualStart/ });
  });
});

describe('GrantDerogation / RevokeDerogation', () => {
  const grant = (by = schoolStaff) =>
    studentCommand('GrantDerogation', by, { reason: 'medical: cannot travel', decidedBy: 'jury des études 2026-01-10' });

  it('STUDENT-DEROGATION: the school grants a derogation with its reason and who decided it', () => {
    givenStudent(profiled())
      .when(grant())
      .thenState((state) =>
        expect(state.derogation).toEqual({
          reason: 'medical: cannot travel',
          decidedBy: 'jury des études 2026-01-10',
          grantedAt: NOW,
          grantedBy: schoolStaff.id,
        }),
      );
  });

  it('STUDENT-ACTOR: the student cannot grant their own derogation', () => {
    givenStudent(profiled()).when(grant(student)).thenThrows({ kind: 'forbidden', ruleId: 'STUDENT-ACTOR' });
  });

  it('STUDENT-DEROGATION: refuses a derogation without a reason, and a second one', () => {
    givenStudent(profiled())
      .when(studentCommand('GrantDerogation', schoolStaff, { reason: ' ', decidedBy: 'jury' }))
      .thenThrows({ kind: 'invalid', ruleId: 'STUDENT-DEROGATION' });
    givenStudent(profiled(aProfile(), grant()))
      .when(studentCommand('GrantDerogation', schoolStaff, { reason: 'other', decidedBy: 'jury' }))
      .thenThrows({ kind: 'conflict', ruleId: 'STUDENT-DEROGATION' });
  });

  it('STUDENT-DEROGATION: revoking keeps what was revoked on the event', () => {
    givenStudent(profiled(aProfile(), grant()))
      .when(studentCommand('RevokeDerogation', admin, { reason: 'recovered' }))
      .thenState((state, [event]) => {
        expect(event.data).toMatchObject({ reason: 'recovered', revoked: { reason: 'medical: cannot travel' }, role: 'admin' });
        expect(state.derogation).toBeUndefined();
      });
    givenStudent(profiled())
      .when(studentCommand('RevokeDerogation', admin, { reason: 'x' }))
      .thenThrows({ kind: 'rule', ruleId: 'STUDENT-DEROGATION' });
  });
});
