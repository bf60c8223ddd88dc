import { ERASED } from '../personal-data/personal-fields';
import type { AgreementWarning } from './agreement-warnings';
import type { AgreementContent, Institution, Student } from './agreement.content';
import type { StudentFieldsEwpNeeds } from './warning-words';
import type { ExchangeRules } from './agreement.rules';
import { WarningWords } from './warning-words';
import { ENGLISH_WARNINGS } from './warning-words.en';

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

const contactGaps = (hei: Institution | undefined, side: 'sending' | 'receiving', said: WarningWords): ExchangeGap[] => {
  const field = `${side}Institution.contactPerson`;
  const who = said.institution(side, hei?.heiId);
  const contact = hei?.contactPerson;
  if (!contact) {
    return [{ ruleId: 'EWP-LA-CONTACT', field, detail: said.contactMissing(who) }];
  }
  const gaps: ExchangeGap[] = [];
  if (blank(contact.name)) gaps.push({ ruleId: 'EWP-LA-CONTACT', field: `${field}.name`, detail: said.contactName(who) });
  if (blank(contact.email) || !EWP_EMAIL.test(contact.email)) {
    gaps.push({ ruleId: 'EWP-LA-CONTACT', field: `${field}.email`, detail: said.contactEmail(who) });
  }
  return gaps;
};

type StudentCheck = [field: StudentFieldsEwpNeeds, lacks: (student: Student) => boolean];

/**
 * An erased value (the student's key deleted) is not a gap: it cannot be filled in again, and
 * the export leaves an erased birth date or email out, as EWP's schema allows.
 */
const STUDENT_CHECKS: StudentCheck[] = [
  ['givenNames', (student) => blank(student.givenNames)],
  ['familyName', (student) => blank(student.familyName)],
  ['globalId', (student) => blank(student.globalId)],
  ['birthDate', (student) => student.birthDate !== null && blank(student.birthDate)],
  ['citizenship', (student) => !COUNTRY.test(student.citizenship ?? '')],
  ['email', (student) => student.email !== ERASED && (blank(student.email) || !EWP_EMAIL.test(student.email))],
];

const studentGaps = (student: Student | undefined, said: WarningWords): ExchangeGap[] =>
  STUDENT_CHECKS.filter(([, lacks]) => !student || lacks(student)).map(([field]) => ({
    ruleId: 'EWP-LA-STUDENT',
    field: `student.${field}`,
    detail: said.studentGap(said.studentField[field]),
  }));

const programmeGaps = (content: AgreementContent, said: WarningWords): ExchangeGap[] => {
  const gaps: ExchangeGap[] = [];
  if (!ISCED_F.test(content.iscedFCode ?? '')) {
    gaps.push({ ruleId: 'EWP-LA-ISCED', field: 'iscedFCode', detail: said.isced });
  }
  const eqf = content.eqfLevel;
  if (!(Number.isInteger(eqf) && eqf >= 1 && eqf <= 8)) {
    gaps.push({ ruleId: 'EWP-LA-EQF', field: 'eqfLevel', detail: said.eqf });
  }
  const skill = content.languageSkill;
  if (!BCP47.test(skill?.language ?? '')) {
    gaps.push({ ruleId: 'EWP-LA-LANGUAGE', field: 'languageSkill.language', detail: said.language });
  }
  if (!CEFR.includes(skill?.cefrLevel)) {
    gaps.push({ ruleId: 'EWP-LA-LANGUAGE', field: 'languageSkill.cefrLevel', detail: said.cefr });
  }
  return gaps;
};

/**
 * What the content still lacks for EWP, one gap per missing item. The agreement view shows
 * them as warnings while drafting; the EWP export refuses with the first gap's rule while any
 * is left, so the warning and the refusal cannot say different things. In the words given,
 * English by default.
 */
export const exchangeGapsOf = (content: AgreementContent, said: WarningWords = ENGLISH_WARNINGS): ExchangeGap[] => [
  ...contactGaps(content.sendingInstitution, 'sending', said),
  ...contactGaps(content.receivingInstitution, 'receiving', said),
  ...studentGaps(content.student, said),
  ...programmeGaps(content, said),
];
