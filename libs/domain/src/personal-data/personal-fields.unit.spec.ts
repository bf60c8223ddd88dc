import { aContent } from '../testing';
import { ERASED, personalFieldsOf, redactStudent } from './personal-fields';

describe("a student's personal fields in events", () => {
  it("finds the agreement content's names, email and birth date under the student's account id", () => {
    const fields = personalFieldsOf({ type: 'AgreementDrafted', data: { mobilityId: 'm1', content: aContent() } });
    const accountId = aContent().student.accountId;
    expect(fields).toEqual(
      expect.arrayContaining([
        { subjectId: accountId, path: ['content', 'student', 'givenNames'], erased: ERASED },
        { subjectId: accountId, path: ['content', 'student', 'familyName'], erased: ERASED },
        { subjectId: accountId, path: ['content', 'student', 'email'], erased: ERASED },
        { subjectId: accountId, path: ['content', 'student', 'birthDate'], erased: null },
      ]),
    );
    expect(fields.map((f) => f.path.at(-1))).not.toContain('citizenship');
  });

  it("finds the student's name and email where they sign or record, never a staff member's", () => {
    const student = { id: 'acc-ivan', name: 'Ivan Sidorov', email: 'ivan@example.org' };
    const staff = { id: 'staff-1', name: 'Marie Curie', email: 'marie@insa-lyon.fr' };
    const signed = {
      type: 'AgreementApproved',
      data: { signatures: [{ party: 'student', signer: student }, { party: 'sending', signer: staff }] },
    };
    expect(personalFieldsOf(signed)).toEqual([
      { subjectId: 'acc-ivan', path: ['signatures', 0, 'signer', 'name'], erased: ERASED },
      { subjectId: 'acc-ivan', path: ['signatures', 0, 'signer', 'email'], erased: ERASED },
    ]);
    const declared = { type: 'StayDeclared', data: { studentId: 'acc-ivan', role: 'student', by: { id: 'acc-ivan', name: 'Ivan' } } };
    expect(personalFieldsOf(declared)).toEqual([{ subjectId: 'acc-ivan', path: ['by', 'name'], erased: ERASED }]);
    expect(personalFieldsOf({ type: 'ProfileRecorded', data: { role: 'sending', by: staff } })).toEqual([]);
  });
});

describe("the student's data an amendment proposes", () => {
  const content = aContent();
  const accountId = content.student.accountId;
  const proposed = {
    type: 'AmendmentProposed',
    data: {
      changes: [],
      studentChanges: { familyName: 'Karamazov', givenNames: 'Ivan', email: 'ivan.k@example.com', birthDate: '2003-05-06', citizenship: 'NO', gender: 1 },
      content,
    },
  };

  it('LA-STUDENT: finds the proposed names, email and birth date under the account id of the content they change', () => {
    const fields = personalFieldsOf(proposed).filter((field) => field.path[0] === 'studentChanges');
    expect(fields).toEqual([
      { subjectId: accountId, path: ['studentChanges', 'givenNames'], erased: ERASED },
      { subjectId: accountId, path: ['studentChanges', 'familyName'], erased: ERASED },
      { subjectId: accountId, path: ['studentChanges', 'email'], erased: ERASED },
      { subjectId: accountId, path: ['studentChanges', 'birthDate'], erased: null },
    ]);
  });

  it('LA-STUDENT: an approved version in a folded state reads as erased once the student is', () => {
    const state = { versions: [{ number: 2, ...proposed.data }], proposal: { number: 3, ...proposed.data } };
    const redacted = redactStudent(state, accountId);
    for (const holder of [redacted.versions[0], redacted.proposal]) {
      expect(holder.studentChanges).toEqual({ familyName: ERASED, givenNames: ERASED, email: ERASED, birthDate: null, citizenship: 'NO', gender: 1 });
    }
  });
});
