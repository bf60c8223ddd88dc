import type { Component, Content, Credit } from '../api/types';
import { decimalInput } from '../agreements/credit-totals';
import { compareDecimals, isDecimal } from '../../../../libs/domain/src/credits/decimal';

/** The tables whose components are followed at the host, as the recognition reads them (hostComponents). */
export const HOST_TABLES = ['studiedAbroad', 'virtual', 'blended', 'doctoral'] as const;
/** The schemes the ledger has default conversion rules for (CTI-REC-3); ECTS first. */
export const CREDIT_SCHEMES = ['ects', 'us-semester-credit-hours', 'us-quarter-hours', 'uk-cats', 'jp-credits', 'au-credit-points'] as const;
/** A scheme's name in the reader's language; a scheme the pages do not know keeps its code. */
export const schemeLabel = (t: (key: `scheme.${(typeof CREDIT_SCHEMES)[number]}`) => string, scheme: string): string =>
  (CREDIT_SCHEMES as readonly string[]).includes(scheme) ? t(`scheme.${scheme as (typeof CREDIT_SCHEMES)[number]}`) : scheme;
export const RESULTS = ['passed', 'failed', 'not-taken'] as const;
/** The select's values of a line that is not a component of the agreement (REC-UNPLANNED), and of a line not picked yet: no code has spaces around it. */
export const UNPLANNED = ' unplanned ';
export const PICK = ' pick ';

/** One line of the form, as typed: numbers keep the reader's decimal comma until sent. */
export interface LineInput {
  key: number;
  code: string;
  unplanned: boolean;
  title: string;
  reason: string;
  value: string;
  scheme: string;
  grade: string;
  result: (typeof RESULTS)[number];
  differenceReason: string;
}

/** A transcript line as recorded before (a correction starts from it). */
export interface RecordedLine {
  code: string;
  credits: Credit;
  localGrade?: string;
  result: string;
  unplanned?: { title?: string; reason: string };
  creditsDifferenceReason?: string;
}

export const plannedComponents = (content: Content): Component[] => HOST_TABLES.flatMap((table) => content[table] ?? []);

let nextKey = 0;
/** `decimal` writes a prefilled number as the reader does ("7,5" in French); the API's value is read back by decimalInput. */
export const blankLine = (component?: Component, decimal: (value: string) => string = (value) => value): LineInput => ({
  key: nextKey++,
  code: component?.code ?? '',
  unplanned: false,
  title: '',
  reason: '',
  value: component?.credits[0] ? decimal(component.credits[0].value) : '',
  scheme: component?.credits[0]?.scheme ?? 'ects',
  grade: '',
  result: 'passed',
  differenceReason: '',
});

/** The first transcript starts from the plan, line for line; a correction from the transcript recorded. */
export const startingLines = (planned: Component[], recorded: RecordedLine[] | undefined, decimal: (value: string) => string): LineInput[] =>
  recorded
    ? recorded.map((line) => ({
        ...blankLine(),
        code: line.code,
        unplanned: line.unplanned !== undefined,
        title: line.unplanned?.title ?? '',
        reason: line.unplanned?.reason ?? '',
        value: decimal(line.credits.value),
        scheme: line.credits.scheme,
        grade: line.localGrade ?? '',
        result: (RESULTS as readonly string[]).includes(line.result) ? (line.result as LineInput['result']) : 'passed',
        differenceReason: line.creditsDifferenceReason ?? '',
      }))
    : planned.map((component) => blankLine(component, decimal));

/**
 * Whether a passed line obtains other credits than the plan, so its reason is asked for
 * (REC-CREDITS-DIFFER). Only to show the field: the API decides, and its refusal is shown.
 */
export const differsFromPlan = (line: LineInput, planned: Component | undefined): boolean => {
  if (!planned || line.result !== 'passed') return false;
  const value = decimalInput(line.value);
  return !planned.credits.some((credit) => credit.scheme === line.scheme && isDecimal(value) && isDecimal(credit.value) && compareDecimals(value, credit.value) === 0);
};

/** The body of POST /agreements/:id/transcripts for these lines. */
export const transcriptBody = (lines: LineInput[], planned: Component[], correctionReason: string | undefined) => ({
  components: lines.map((line) => ({
    code: line.code.trim(),
    credits: { scheme: line.scheme, value: decimalInput(line.value) },
    ...(line.grade.trim() && { localGrade: line.grade.trim() }),
    result: line.result,
    ...(line.unplanned && { unplanned: { ...(line.title.trim() && { title: line.title.trim() }), reason: line.reason } }),
    ...(differsFromPlan(line, planned.find((component) => component.code === line.code)) && line.differenceReason.trim() && { creditsDifferenceReason: line.differenceReason }),
  })),
  ...(correctionReason !== undefined && { correctionReason }),
});
