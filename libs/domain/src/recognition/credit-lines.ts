import { Credit } from '../agreement/agreement.content';
import { schemeKey } from '../credits/conversion-rule';
import { CreditConversion, convertToEcts } from '../credits/convert-credit';
import { addDecimals, compareDecimals, subtractDecimals } from '../credits/decimal';
import { ECTS_SCHEME } from '../credits/default-conversion-rules';
import { ComponentOutcome, RecognitionOutcome, UnplannedOutcome } from './recognition.events';
import { AgreementSnapshot } from './recognition.commands';
import { hostComponents } from './recognition-outcome';
import { CreditLine, ExtraCreditsDecisionRecord } from './recognition.state';

type Converted = Extract<CreditConversion, { status: 'converted' }>;

/**
 * The planned credits in ECTS, measured as the obtained ones were: the planned credit in the
 * same scheme by the same rule (CTI-REC-3), else the planned ECTS credit. Undefined when the
 * plan holds neither, or the rule cannot convert it exactly: then nothing is planned to
 * measure against, and all the ECTS wait for the sending institution (REC-EXCESS).
 */
const plannedEctsOf = (planned: Credit[], conversion: Converted): string | undefined => {
  const sameScheme = planned.find(({ scheme }) => schemeKey(scheme) === schemeKey(conversion.credit.scheme));
  if (!sameScheme) return planned.find(({ scheme }) => schemeKey(scheme) === ECTS_SCHEME)?.value;
  const loads = conversion.hostFullLoad !== undefined ? { [sameScheme.scheme]: conversion.hostFullLoad } : {};
  try {
    const converted = convertToEcts(sameScheme, [conversion.rule], loads);
    return converted.status === 'converted' ? converted.ects : undefined;
  } catch {
    // Deriving never refuses (what was appended happened): a plan the rule cannot convert measures nothing.
    return undefined;
  }
};

const minDecimal = (a: string, b: string): string => (compareDecimals(a, b) <= 0 ? a : b);

type LineFacts = Pick<CreditLine, 'code' | 'title' | 'source' | 'result' | 'planned' | 'obtained' | 'creditsDifferenceReason' | 'unplannedReason'> & {
  conversion?: CreditConversion;
};

/**
 * CTI-REC-1 counts a passed component at most at its planned ECTS; what it obtained beyond,
 * and every unplanned extra, counts only by a decision of the sending institution on this
 * transcript version (REC-EXCESS). A failure counts nothing here: remedies make it good (CTI-REC-5).
 */
const creditLineOf = (facts: LineFacts, transcriptVersion: number, decisions: ExtraCreditsDecisionRecord[]): CreditLine => {
  const { conversion, ...line } = facts;
  const nothing = { automaticEcts: '0', beyondPlanEcts: '0', recognisedEcts: '0' };
  if (line.result !== 'passed') return { ...line, ...nothing, status: 'not-passed' };
  if (conversion?.status !== 'converted') return { ...line, ...nothing, status: 'awaiting-conversion' };
  const obtainedEcts = conversion.ects;
  const plannedEcts = line.source === 'agreement' ? plannedEctsOf(line.planned, conversion) : undefined;
  const automaticEcts = plannedEcts === undefined ? '0' : minDecimal(obtainedEcts, plannedEcts);
  const beyondPlanEcts = subtractDecimals(obtainedEcts, automaticEcts);
  const measured = { ...line, ...(plannedEcts !== undefined && { plannedEcts }), obtainedEcts, automaticEcts, beyondPlanEcts };
  if (compareDecimals(beyondPlanEcts, '0') === 0) return { ...measured, recognisedEcts: automaticEcts, status: 'recognised' };
  const decision = decisions.findLast((candidate) => candidate.componentCode === line.code && candidate.transcriptVersion === transcriptVersion);
  if (!decision) return { ...measured, recognisedEcts: automaticEcts, status: 'awaiting-decision' };
  return { ...measured, decision, recognisedEcts: addDecimals(automaticEcts, decision.ects), status: 'decided' };
};

const plannedLine = (component: ComponentOutcome, planned: Credit[]): LineFacts => ({
  code: component.code,
  title: component.title,
  source: 'agreement',
  result: component.result,
  planned,
  ...(component.credits && { obtained: component.credits }),
  ...(component.creditsDifferenceReason !== undefined && { creditsDifferenceReason: component.creditsDifferenceReason }),
  ...(component.conversion && { conversion: component.conversion }),
});

const unplannedLine = (extra: UnplannedOutcome): LineFacts => ({
  code: extra.code,
  ...(extra.title !== undefined && { title: extra.title }),
  source: 'unplanned',
  result: extra.result,
  planned: [],
  ...(extra.credits && { obtained: extra.credits }),
  unplannedReason: extra.reason,
  ...(extra.conversion && { conversion: extra.conversion }),
});

/** Every line of the outcome, planned against obtained, with what counts and what waits. */
export const creditLinesOf = (outcome: RecognitionOutcome, agreement: AgreementSnapshot | undefined, decisions: ExtraCreditsDecisionRecord[]): CreditLine[] => {
  const planned = new Map((agreement ? hostComponents(agreement.content) : []).map(({ component }) => [component.code, component.credits ?? []]));
  return [
    ...outcome.components.map((component) => plannedLine(component, planned.get(component.code) ?? [])),
    ...(outcome.unplanned ?? []).map(unplannedLine),
  ].map((facts) => creditLineOf(facts, outcome.transcriptVersion, decisions));
};
