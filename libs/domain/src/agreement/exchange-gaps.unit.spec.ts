import { ERASED } from '../personal-data/personal-fields';
import { aContent } from '../testing';
import { agreementWarnings } from './agreement-warnings';
import { AgreementContent } from './agreement.content';
import { ExchangeRules } from './agreement.rules';
import { exchangeGapsOf } from './exchange-gaps';

const HOST_CONTACT = { name: 'Paweł Kowalski', email: 'pawel@example.com' };
const exchangeable = (overrides: Partial<AgreementContent> = {}) =>
  aContent({ receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics', contactPerson: HOST_CONTACT }, ...overrides });
const student = exchangeable().student;
const gapsOf = (content: AgreementContent) => exchangeGapsOf(content).map(({ ruleId, field }) => `${ruleId} ${field}`);

describe('exchangeGapsOf: what EWP needs before the agreement can go to a partner', () => {
  it('finds nothing missing when both contacts, the student, the ISCED-F field, the EQF level and the language are there', () => {
    expect(exchangeGapsOf(exchangeable())).toEqual([]);
  });

  it('EWP-LA-CONTACT: a host without contact person, named by field, with what to fill in', () => {
    expect(exchangeGapsOf(aContent())).toEqual([
      {
        ruleId: 'EWP-LA-CONTACT',
        field: 'receivingInstitution.contactPerson',
        detail: expect.stringMatching(/^Name a contact person at the receiving institution \(uw\.edu\.pl\), with a name and an email address/),
      },
    ]);
  });

  it('EWP-LA-CONTACT: a blank name or an address EWP refuses, at either institution', () => {
    const content = exchangeable({
      sendingInstitution: { heiId: 'insa-lyon.fr', contactPerson: { name: ' ', email: 'anders-at-example' } },
      receivingInstitution: { heiId: 'uw.edu.pl' },
    });
    expect(gapsOf(content)).toEqual([
      'EWP-LA-CONTACT sendingInstitution.contactPerson.name',
      'EWP-LA-CONTACT sendingInstitution.contactPerson.email',
      'EWP-LA-CONTACT receivingInstitution.contactPerson',
    ]);
  });

  it("EWP-LA-STUDENT: one gap per missing piece of the student's data", () => {
    const content = exchangeable({ student: { ...student, givenNames: '', globalId: '', citizenship: 'fr', email: '' } });
    expect(gapsOf(content)).toEqual([
      'EWP-LA-STUDENT student.givenNames',
      'EWP-LA-STUDENT student.globalId',
      'EWP-LA-STUDENT student.citizenship',
      'EWP-LA-STUDENT student.email',
    ]);
    expect(exchangeGapsOf(content)[0].detail).toBe("Give the student's given names: EWP sends it to the receiving institution.");
  });

  it('EWP-LA-STUDENT: an erased birth date or email is no gap (it cannot be filled in again; EWP lets the export leave it out)', () => {
    const erased = exchangeable({ student: { ...student, birthDate: null as never, email: ERASED, givenNames: ERASED, familyName: ERASED } });
    expect(exchangeGapsOf(erased)).toEqual([]);
  });

  it('EWP-LA-ISCED, EWP-LA-EQF and EWP-LA-LANGUAGE: the programme and the language of instruction', () => {
    const content = exchangeable({ iscedFCode: '', eqfLevel: undefined as never, languageSkill: { language: '', cefrLevel: undefined as never } });
    expect(gapsOf(content)).toEqual([
      'EWP-LA-ISCED iscedFCode',
      'EWP-LA-EQF eqfLevel',
      'EWP-LA-LANGUAGE languageSkill.language',
      'EWP-LA-LANGUAGE languageSkill.cefrLevel',
    ]);
  });

  it('names only rules the domain lists, and the agreement view warns with the same list', () => {
    const content = aContent({ iscedFCode: 'x', receivingInstitution: { heiId: 'uw.edu.pl' } });
    const gaps = exchangeGapsOf(content);
    expect(gaps.map((gap) => gap.ruleId).every((ruleId) => ruleId in ExchangeRules)).toBe(true);
    expect(agreementWarnings(content)).toEqual(expect.arrayContaining(gaps));
  });
});
