import { implausibleCredit } from '../credits/credit-plausibility';
import { FieldRefusal, invalid, ruleBroken } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal, Said, sayEach } from '../refusals';
import { AgreementContent, COMPONENT_TABLES, Component, ComponentTable, GENDERS } from './agreement.content';
import { isIsoDate } from './iso-date';

const DECIMAL = /^\d+(\.\d+)?$/;
const ACADEMIC_YEAR = /^(\d{4})\/(\d{4})$/;
const COUNTRY = /^[A-Z]{2}$/;
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const ONE_OF = {
  eqfLevel: [6, 7, 8],
  mobilityType: ['semester', 'blended', 'short-term-doctoral', 'traineeship'],
  track: ['student', 'apprentice'],
  stay: ['individual', 'group'],
  activity: ['studies', 'internship', 'research', 'double-degree', 'joint-programme'],
} as const;

/** One problem of the content: the field it is about (its path in the command's data) and what is wrong, in each language. */
export type ContentProblem = FieldRefusal;

/**
 * Names a field of the content (`plannedEnd`, `studiedAbroad.2.credits`) as the command's
 * data names it: by default under `content`; an amendment names a row it inserted by its change.
 */
export type ContentFieldName = (field: string) => string;

const underContent: ContentFieldName = (field) => `content.${field}`;
const named = (problems: readonly ContentProblem[], nameOf: ContentFieldName): ContentProblem[] => problems.map(({ field, said }) => ({ field: nameOf(field), said }));

const componentProblems = (table: ComponentTable, component: Component, at: string, path: string): ContentProblem[] => {
  const problems: ContentProblem[] = [];
  const of = (field: string, said: Said) => problems.push({ field: `${path}.${field}`, said });
  if (!component.code?.trim()) of('code', refusal('contentCodeEmpty', at));
  if (!component.title?.trim()) of('title', refusal('contentTitleEmpty', at));
  for (const credit of component.credits ?? []) {
    if (!credit.scheme?.trim()) of('credits', refusal('contentSchemeEmpty', at));
    if (!DECIMAL.test(credit.value)) of('credits', refusal('contentCreditNotDecimal', at, credit.value));
  }
  const term = component.term;
  if (term && !(Number.isInteger(term.number) && Number.isInteger(term.of) && term.number >= 1 && term.number <= term.of)) {
    of('term', refusal('contentNoSuchTerm', at, term.number, term.of));
  }
  if (component.recognitionConditions !== undefined && table !== 'recognisedAtHome') {
    of('recognitionConditions', refusal('contentConditionsInB', at));
  }
  return problems;
};

const tableProblems = (content: AgreementContent): ContentProblem[] =>
  COMPONENT_TABLES.flatMap((table) => {
    const rows = content[table];
    if (!Array.isArray(rows)) return [{ field: table, said: refusal('contentTableMissing', table) }];
    const seen = new Set<string>();
    return rows.flatMap((component, index) => {
      const problems = componentProblems(table, component, `${table}[${index}]`, `${table}.${index}`);
      if (seen.has(component.code)) problems.push({ field: `${table}.${index}.code`, said: refusal('contentCodeTwice', table, component.code) });
      seen.add(component.code);
      return problems;
    });
  });

/**
 * Lists what is malformed in the content, each problem with its field; empty when it is well
 * formed (LA-CONTENT). `nameOf` names each field as the command's data does.
 */
export const contentProblems = (content: AgreementContent, nameOf: ContentFieldName = underContent): ContentProblem[] => {
  const problems: ContentProblem[] = [];
  const of = (field: string, said: Said) => problems.push({ field, said });
  const { student, plannedStart, plannedEnd } = content;
  if (!student?.accountId?.trim()) of('student.accountId', refusal('contentAccountIdEmpty'));
  if (!student?.globalId?.trim()) of('student.globalId', refusal('contentGlobalIdEmpty'));
  if (!isIsoDate(student?.birthDate)) of('student.birthDate', refusal('contentBirthDate'));
  if (!COUNTRY.test(student?.citizenship ?? '')) of('student.citizenship', refusal('contentCitizenship'));
  if (student?.gender !== undefined && !GENDERS.includes(student.gender)) of('student.gender', refusal('contentGender'));
  if (!content.sendingInstitution?.heiId?.trim()) of('sendingInstitution.heiId', refusal('contentHeiIdEmpty', 'sendingInstitution'));
  if (!content.receivingInstitution?.heiId?.trim()) of('receivingInstitution.heiId', refusal('contentHeiIdEmpty', 'receivingInstitution'));
  if (!isIsoDate(plannedStart) || !isIsoDate(plannedEnd)) of(isIsoDate(plannedStart) ? 'plannedEnd' : 'plannedStart', refusal('contentDatesNotIso'));
  else if (plannedEnd < plannedStart) of('plannedEnd', refusal('contentEndBeforeStart', plannedEnd, plannedStart));
  const year = ACADEMIC_YEAR.exec(content.receivingAcademicYear ?? '');
  if (!year || Number(year[2]) !== Number(year[1]) + 1) of('receivingAcademicYear', refusal('contentAcademicYear'));
  if (!CEFR.includes(content.languageSkill?.cefrLevel)) of('languageSkill.cefrLevel', refusal('contentCefr'));
  for (const [field, allowed] of Object.entries(ONE_OF)) {
    const value = content[field as keyof typeof ONE_OF];
    if (!(allowed as readonly unknown[]).includes(value)) of(field, refusal('contentOneOf', field, allowed));
  }
  return named([...problems, ...tableProblems(content)], nameOf);
};

/**
 * LA-CREDITS: every credit of every table above zero and at most one academic year in its
 * scheme (credit-plausibility.ts), each implausible one named with its row's credits. Well-formed
 * values only: the shape is LA-CONTENT's.
 */
export const implausibleCredits = (content: AgreementContent, nameOf: ContentFieldName = underContent): ContentProblem[] =>
  COMPONENT_TABLES.flatMap((table) =>
    (Array.isArray(content[table]) ? content[table] : []).flatMap((component, index) =>
      (component.credits ?? []).flatMap((credit) => {
        const problem = implausibleCredit(credit);
        if (!problem) return [];
        return [{ field: nameOf(`${table}.${index}.credits`), said: sayEach((language) => `${table}[${index}] (${component.code})${language === 'fr' ? ' :' : ':'} ${problem[language]}`) }];
      }),
    ),
  );

/** The problems said together in each language, by the sentence `key` of the refusal words. */
const together = (key: 'malformedContent' | 'correctCredits', problems: readonly ContentProblem[]): Said => problemsTogether(problems, (words, said) => words[key](said));

/**
 * Malformed content is a bad request (LA-CONTENT); well formed but implausible credits break
 * LA-CREDITS. Each refusal names its fields as `nameOf` does.
 */
export const assertValidContent = (content: AgreementContent, nameOf: ContentFieldName = underContent): void => {
  const problems = contentProblems(content, nameOf);
  if (problems.length > 0) throw invalid(together('malformedContent', problems), 'LA-CONTENT', problems);
  const implausible = implausibleCredits(content, nameOf);
  if (implausible.length > 0) {
    // Beside its row, each credit says what to do too.
    const fields = implausible.map((problem) => ({ field: problem.field, said: together('correctCredits', [problem]) }));
    throw ruleBroken('LA-CREDITS', together('correctCredits', implausible), fields);
  }
};
