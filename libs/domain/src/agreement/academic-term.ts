import { AgreementContent } from './agreement.content';

/**
 * The academic term a day falls in, for LA-MINOR. EWP names terms as `number` of `of` in an
 * academic year (2026/2027-1/2); the agreement's components say how many terms the host's
 * year has (two semesters unless they say otherwise). European academic years run from
 * August to July, so the year is cut there into `of` equal parts: August to January and
 * February to July for semesters. A day outside the academic year is in no term of it.
 */
export type AcademicTerm = { year: string; number: number; of: number };

const termsInYear = (content: AgreementContent): number => {
  const declared = content.studiedAbroad.map((component) => component.term?.of).filter((of): of is number => of !== undefined && of > 0);
  return declared.length > 0 ? Math.max(...declared) : 2;
};

export const academicTermOf = (day: string, content: AgreementContent): AcademicTerm | undefined => {
  const firstYear = Number(content.receivingAcademicYear.slice(0, 4));
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const monthsIntoYear = (year - firstYear) * 12 + (month - 8);
  if (!Number.isInteger(monthsIntoYear) || monthsIntoYear < 0 || monthsIntoYear > 11) return undefined;
  const of = termsInYear(content);
  return { year: content.receivingAcademicYear, number: Math.floor((monthsIntoYear * of) / 12) + 1, of };
};

export const sameTerm = (a: AcademicTerm | undefined, b: AcademicTerm | undefined): boolean =>
  a !== undefined && b !== undefined && a.year === b.year && a.number === b.number && a.of === b.of;

