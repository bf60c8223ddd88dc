import { AgreementCommand } from './agreement.commands';
import { LATER, MOBILITY_ID, aContent, approvalCommands, approved, command, given, history, receivingStaff, sendingStaff, student, substitution } from '../testing';
import { AgreementContent } from './agreement.content';
import { contentHash } from './content-hash';
import { StudentChanges, studentChangesBetween } from './student-changes';

const karamazov: StudentChanges = { familyName: 'Karamazov' };
const withStudent = (changes: StudentChanges, content = aContent()): AgreementContent => ({ ...content, student: { ...content.student, ...changes } });
const approvalCommandsThen = (...then: AgreementCommand[]) => [...approvalCommands(), ...then];
const propose = (studentChanges: StudentChanges | undefined, changes: Extract<AgreementCommand, { type: 'ProposeAmendment' }>['data']['changes'] = []) =>
  command('ProposeAmendment', student, { changes, ...(studentChanges && { studentChanges }) }, LATER);

describe("ProposeAmendment with the student's data (LA-STUDENT)", () => {
  it("LA-STUDENT: proposes the student's new family name alone; the proposal's content and hash take it", () => {
    const content = withStudent(karamazov);
    given(approved())
      .when(propose(karamazov))
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'AmendmentProposed',
            data: expect.objectContaining({ mobilityId: MOBILITY_ID, changes: [], studentChanges: karamazov, content, contentHash: contentHash(content) }),
          },
        ]);
        expect(state.proposal).toMatchObject({ studentChanges: karamazov, contentHash: contentHash(content) });
        expect(state.current?.content.student.familyName).toBe('Sidorov');
      });
  });

  it('LA-STUDENT: proposes student data with component changes; the hash covers both', () => {
    given(approved())
      .when(propose({ givenNames: 'Ivan', email: 'ivan.karamazov@example.com', gender: 1 }, substitution))
      .thenState((state) => {
        const proposal = state.proposal!;
        expect(proposal.content.student).toMatchObject({ givenNames: 'Ivan', familyName: 'Sidorov', email: 'ivan.karamazov@example.com', gender: 1 });
        expect(proposal.content.studiedAbroad.map((c) => c.code)).toEqual(['KR501', 'KR630']);
        expect(proposal.contentHash).not.toBe(contentHash({ ...proposal.content, student: aContent().student }));
      });
  });

  it("LA-STUDENT: the third signature makes a version whose content takes the student's data, recording what changed", () => {
    const hash = contentHash(withStudent(karamazov));
    const sign = (by: typeof student) => command('SignAmendment', by, { contentHash: hash }, LATER);
    given(history(...approvalCommandsThen(propose(karamazov), sign(student), sign(sendingStaff))))
      .when(sign(receivingStaff))
      .thenState((state, events) => {
        expect(events[1]).toMatchObject({ type: 'AmendmentApproved', data: { version: 2, changes: [], studentChanges: karamazov, contentHash: hash } });
        expect(state.versions[1]).toMatchObject({ number: 2, studentChanges: karamazov, content: { student: { familyName: 'Karamazov' } } });
        expect(state.current?.content.student.familyName).toBe('Karamazov');
      });
  });

  it.each<[string, StudentChanges, RegExp]>([
    ['no field', {}, /names no field/],
    ['an empty name', { givenNames: ' ' }, /givenNames is empty/],
    ['a birth date that does not exist', { birthDate: '2003-02-30' }, /birthDate is not an ISO date/],
    ['a lower-case country', { citizenship: 'no' }, /citizenship is not an ISO country code/],
    ['a gender outside ISO/IEC 5218', { gender: 3 as never }, /gender is not an ISO\/IEC 5218 code/],
    ['an email without a domain', { email: 'ivan@' }, /email is not an email address/],
    ['a field EWP does not carry', { accountId: 'acc-olga' } as StudentChanges, /accountId is not a field/],
    ['a value the version in force already has', { familyName: 'Sidorov' }, /familyName is already Sidorov/],
  ])('LA-STUDENT: refuses %s', (_, changes, message) => {
    given(approved()).when(propose(changes)).thenThrows({ kind: 'invalid', ruleId: 'LA-STUDENT', message });
  });

  it('CTI-LA-3: refuses a proposal with neither component changes nor student data', () => {
    given(approved()).when(propose(undefined)).thenThrows({ kind: 'invalid', ruleId: 'CTI-LA-3', message: /at least one change/ });
  });
});

describe('studentChangesBetween', () => {
  it('LA-STUDENT: lists the EWP fields set to another value, and nothing the other side leaves out', () => {
    const from = aContent().student;
    expect(studentChangesBetween(from, { ...from, familyName: 'Karamazov', gender: 1 })).toEqual({ familyName: 'Karamazov', gender: 1 });
    expect(studentChangesBetween(from, { givenNames: from.givenNames, accountId: 'other' })).toEqual({});
  });
});
