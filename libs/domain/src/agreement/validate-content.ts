import { implausibleCredit } from '../credits/credit-plausibility';
import { invalid, ruleBroken } from '../errors';
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

const componentProblems = (table: ComponentTable, component: Component, at: string): string[] => {
  const problems: string[] = [];
  if (!component.code?.trim()) problems.push(`${at}: code is empty`);
  if (!component.title?.trim()) problems.push(`${at}: title is empty`);
  for (const credit of component.credits ?? []) {
    if (!credit.scheme?.trim()) problems.push(`${at}: credit scheme is empty`);
    if (!DECIMAL.test(credit.value)) problems.push(`${at}: credit value "${credit.value}" is not a decimal string`);
  }
  const term = component.term;
  if (term && !(Number.isInteger(term.number) && Number.isInteger(term.of) && term.number >= 1 && term.number <= term.of)) {
    problems.push(`${at}: term ${term.number} of ${term.of} does not exist`);
  }
  if (component.recognitionConditions !== undefined && table !== 'recognisedAtHome') {
    problems.push(`${at}: recognition conditions belong to table B (recognisedAtHome) only`);
  }
  return problems;
};

const tableProblems = (content: AgreementContent): string[] =>
  COMPONENT_TABLES.flatMap((table) => {
    const rows = content[table];
    if (!Array.isArray(rows)) return [`${table} is missing (use an empty table)`];
    const seen = new Set<string>();
    return rows.flatMap((component, index) => {
      const problems = componentProblems(table, component, `${table}[${index}]`);
      if (seen.has(component.code)) problems.push(`${table}: code ${component.code} appears twice`);
      seen.add(component.code);
      return problems;
    });
  });

/** Lists what is malformed in the content; empty when it is well formed (LA-CONTENT). */
export const contentProblems = (content: AgreementContent): string[] => {
  const problems: string[] = [];
  const { student, plannedStart, plannedEnd } = content;
  if (!student?.accountId?.trim()) problems.push('student.accountId is empty');
  if (!student?.globalId?.trim()) problems.push('student.globalId (ESI) is empty');
  if (!isIsoDate(student?.birthDate)) problems.push('student.birthDate is not an ISO date');
  if (!COUNTRY.test(student?.citizenship ?? '')) problems.push('student.citizenship is not an ISO country code');
  if (student?.gender !== undefined && !GENDERS.includes(student.gender)) problems.push('student.gender is not an ISO/IEC 5218 code');
  if (!content.sendingInstitution?.heiId?.trim()) problems.push('sendingInstitution.heiId is empty');
  if (!content.receivingInstitution?.heiId?.trim()) problems.push('receivingInstitution.heiId is empty');
  if (!isIsoDate(plannedStart) || !isIsoDate(plannedEnd)) problems.push('plannedStart and plannedEnd must be ISO dates');
  else if (plannedEnd < plannedStart) problems.push(`plannedEnd ${plannedEnd} is before plannedStart ${plannedStart}`);
  const year = ACADEMIC_YEAR.exec(content.receivingAcademicYear ?? '');
  if (!year || Number(year[2]) !== Number(year[1]) + 1) problems.push('receivingAcademicYear must read like 2026/2027');
  if (!CEFR.includes(content.languageSkill?.cefrLevel)) problems.push('languageSkill.cefrLevel must be A1..C2');
  for (const [field, allowed] of Object.entries(ONE_OF)) {
    const value = content[field as keyof typeof ONE_OF];
    if (!(allowed as readonly unknown[]).includes(value)) problems.push(`${field} must be one of ${allowed.join(', ')}`);
  }
  return [...problems, ...tableProblems(content)];
};

/**
 * LA-CREDITS: every credit of every table above zero and at most one academic year in its
 * scheme (credit-plausibility.ts). Well-formed values only: the shape is LA-CONTENT's.
 */
export const implausibleCredits = (content: AgreementContent): string[] =>
  COMPONENT_TABLES.flatMap((table) =>
    (Array.isArray(content[table]) ? content[table] : []).flatMap((component, index) =>
      (component.credits ?? []).flatMap((credit) => {
        const problem = implausibleCredit(credit);
        return problem ? [`${table}[${index}] (${component.code}): ${problem}`] : [];
      }),
    ),
  );

/** Malformed content is a bad request (LA-CONTENT); well formed but implausible credits break LA-CREDITS. */
export const assertValidContent = (content: AgreementContent): void => {
  const problems = contentProblems(content);
  if (problems.length > 0) throw invalid(`malformed agreement content: ${problems.join('; ')}`, 'LA-CONTENT');
  const implausible = implausibleCredits(content);
  if (implausible.length > 0) {
    throw ruleBroken('LA-CREDITS', `${implausible.join('; ')}: correct the credits to what the component is worth`);
  }
};
