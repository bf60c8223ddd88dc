import { aContent, admin, auditor, otherSchoolStaff, otherStudent, receivingStaff, sendingStaff, student } from '../testing';
import { partyOf, requireParty, signerOf } from './agreement.actor';

describe('partyOf (LA-PARTY)', () => {
  const content = aContent();

  it.each([
    ['the student whose account is named in the agreement', student, 'student'],
    ['staff of the sending institution', sendingStaff, 'sending'],
    ['staff of the receiving institution', receivingStaff, 'receiving'],
    ['another student', otherStudent, undefined],
    ['staff of another school', otherSchoolStaff, undefined],
    ['receiving-role staff of the sending school', { ...receivingStaff, institution: 'insa-lyon.fr' }, undefined],
    ['staff without an institution', { id: 'x', role: 'sending' as const }, undefined],
    ['an auditor, who never acts', auditor, undefined],
    ['an admin, who never acts for a party', admin, undefined],
  ])('%s', (_, actor, party) => {
    expect(partyOf(actor, content)).toBe(party);
  });

  it('LA-PARTY: refuses a party not allowed for the action, naming who is, in English and in French', () => {
    const refuse = () => requireParty(receivingStaff, content, ['student', 'sending'], 'editDraft');
    expect(refuse).toThrow('LA-PARTY: the receiving party cannot edit the draft; only student or sending can');
    expect(refuse).toThrow(
      expect.objectContaining({ said: expect.objectContaining({ fr: 'l’établissement d’accueil ne peut pas modifier le brouillon ; seul l’étudiant ou l’établissement d’origine le peut' }) }),
    );
  });

  it('keeps only the identity a signature needs', () => {
    expect(signerOf({ ...sendingStaff, email: 'a@b.c' })).toEqual({ id: sendingStaff.id, name: sendingStaff.name, email: 'a@b.c' });
    expect(signerOf(otherStudent)).toEqual({ id: otherStudent.id });
  });
});
