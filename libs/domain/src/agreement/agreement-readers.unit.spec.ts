import { auditsInstitution, mayReadAgreement } from './agreement.actor';
import { aContent, admin, auditor, otherStudent, receivingStaff, sendingStaff, student } from '../testing/agreement.fixtures';

describe('who reads an agreement (LA-PARTY)', () => {
  const content = aContent();

  it('lets its three parties, admins and a CTI expert read it', () => {
    [student, sendingStaff, receivingStaff, admin, auditor].forEach((actor) => expect(mayReadAgreement(actor, content)).toBe(true));
  });

  it("scopes a school's quality office to the agreements of the school it audits", () => {
    expect(mayReadAgreement({ id: 'qa', role: 'auditor', institution: 'insa-lyon.fr' }, content)).toBe(true);
    expect(mayReadAgreement({ id: 'qa', role: 'auditor', institution: 'other.fr' }, content)).toBe(false);
    expect(auditsInstitution({ id: 'qa', role: 'auditor', institution: 'other.fr' }, 'insa-lyon.fr')).toBe(false);
    expect(auditsInstitution(sendingStaff, 'insa-lyon.fr')).toBe(false);
  });

  it('hides it from anyone else', () => {
    expect(mayReadAgreement(otherStudent, content)).toBe(false);
    expect(mayReadAgreement({ id: 'x', role: 'sending', institution: 'other.fr' }, content)).toBe(false);
  });
});
