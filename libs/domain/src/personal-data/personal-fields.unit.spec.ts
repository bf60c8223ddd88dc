import { aContent } from '../testing';
import { ERASED, personalFieldsOf } from './personal-fields';

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
