import { ERASED } from '../personal-data/personal-fields';
import type { AgreementWarning } from './agreement-warnings';
import type { AgreementContent, Institution, Student } from './agreement.content';
import type { ExchangeRules } from './agreement.rules';

/** One thing EWP needs that the content lacks, named by the rule the EWP export refuses with. */
export type ExchangeGap = AgreementWarning & { ruleId: keyof typeof ExchangeRules };

// The patterns of the EWP schemas (common-types Email, CountryCode; xs:language), so that what
// passes here is what the partner's validator accepts.
const EWP_EMAIL = /^[^@]+@[^.]+\..+$/;
const COUNTRY = /^[A-Z]{2}$/;
const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
const ISCED_F = /^\d{2,4}$/;
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

const contactGaps = (hei: Institution | undefined, side: 'sending' | 'receiving'): ExchangeGap[] => {
  const field = `${side}Institution.contactPerson`;
  const who = `the ${side} institution${hei?.heiId ? ` (${hei.heiId})` : ''}`;
  const contact = hei?.contactPerson;
  if (!contact) {
    return [{ ruleId: 'EWP-LA-CONTACT', field, detail: `Name a contact person at ${who}, with a name and an email address (the departmental coordinator or the international relations office): EWP sends one for each institution.` }];
  }
  const gaps: ExchangeGap[] = [];
  if (blank(contact.name)) gaps.push({ ruleId: 'EWP-LA-CONTACT', field: `${field}.name`, detail: `Give the name of the contact person at ${who}: EWP sends their given names and family name.` });
  if (blank(contact.email) || !EWP_EMAIL.test(contact.email)) {
    gaps.push({ ruleId: 'EWP-LA-CONTACT', field: `${field}.email`, detail: `Give the email address of the contact person at ${who}: EWP sends it, and a partner refuses a malformed one.` });
  }
  return gaps;
};

type StudentCheck = [field: keyof Student, what: string, lacks: (student: Student) => boolean];

/**
 * An erased value (the student's key deleted) is not a gap: it cannot be filled in again, and
 * the export leaves an erased birth date or email out, as EWP's schema allows.
 */
const STUDENT_CHECKS: StudentCheck[] = [
  ['givenNames', 'given names', (student) => blank(student.givenNames)],
  ['familyName', 'family name', (student) => blank(student.familyName)],
  ['globalId', 'European Student Identifier (ESI)', (student) => blank(student.globalId)],
  ['birthDate', 'birth date', (student) => student.birthDate !== null && blank(student.birthDate)],
  ['citizenship', 'citizenship (ISO 3166-1 country code such as FR)', (student) => !COUNTRY.test(student.citizenship ?? '')],
  ['email', 'email address', (student) => student.email !== ERASED && (blank(student.email) || !EWP_EMAIL.test(student.email))],
];

const studentGaps = (student: Student | undefined): ExchangeGap[] =>
  STUDENT_CHECKS.filter(([, , lacks]) => !student || lacks(student)).map(([field, what]) => ({
    ruleId: 'EWP-LA-STUDENT',
    field: `student.${field}`,
    detail: `Give the student's ${what}: EWP sends it to the receiving institution.`,
  }));

const programmeGaps = (content: AgreementContent): ExchangeGap[] => {
  const gaps: ExchangeGap[] = [];
  if (!ISCED_F.test(content.iscedFCode ?? '')) {
    gaps.push({ ruleId: 'EWP-LA-ISCED', field: 'iscedFCode', detail: "Give the ISCED-F 2013 code (2 to 4 digits, e.g. 0714) of the field closest to the student's programme: EWP requires it." });
  }
  const eqf = content.eqfLevel;
  if (!(Number.isInteger(eqf) && eqf >= 1 && eqf <= 8)) {
    gaps.push({ ruleId: 'EWP-LA-EQF', field: 'eqfLevel', detail: "Give the EQF level of the student's programme at departure (7 for the engineering cycle): EWP requires it." });
  }
  const skill = content.languageSkill;
  if (!BCP47.test(skill?.language ?? '')) {
    gaps.push({ ruleId: 'EWP-LA-LANGUAGE', field: 'languageSkill.language', detail: 'Give the main language of instruction at the host as a language code (e.g. en, de, pl): EWP requires it.' });
  }
  if (!CEFR.includes(skill?.cefrLevel)) {
    gaps.push({ ruleId: 'EWP-LA-LANGUAGE', field: 'languageSkill.cefrLevel', detail: 'Give the CEFR level (A1 to C2) the student has, or will reach before the stay, in that language: EWP requires it.' });
  }
  return gaps;
};

/**
 * What the content still lacks for EWP, one gap per missing item. The agreement view shows
 * them as warnings while drafting; the EWP export refuses with the first gap's rule while any
 * is left, so the warning and the refusal cannot say different things.
 */
export const exchangeGapsOf = (content: AgreementContent): ExchangeGap[] => [
  ...contactGaps(content.sendingInstitution, 'sending'),
  ...contactGaps(content.receivingInstitution, 'receiving'),
  ...studentGaps(content.student),
  ...programmeGaps(content),
];
