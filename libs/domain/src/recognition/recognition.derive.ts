import { sumDecimals } from '../credits/decimal';
import { creditLinesOf } from './credit-lines';
import { ComponentOutcome, HomeUnitOutcome } from './recognition.events';
import { Failure, HomeUnit, RecognitionState, currentRemedy } from './recognition.state';

const isFailure = (component: ComponentOutcome): component is ComponentOutcome & { result: Failure['result'] } =>
  component.result !== 'passed';

/**
 * The recognition semantics, in one place:
 * - CTI-REC-1: every passed component counts its ECTS at once, up to its planned ECTS; table-B
 *   units are recognised automatically when no host component failed, unless the unit
 *   carries conditions.
 * - REC-EXCESS: ECTS beyond a component's plan, and unplanned extras, count only once the
 *   sending institution decided so on that transcript version (credit-lines.ts).
 * - CTI-REC-5: a failed, not taken or missing component holds every table-B unit in
 *   'awaiting-remedy' until each failure has a closed remedy, because table B replaces table
 *   A as a whole (the agreement does not pair rows). When all remedies succeeded the units
 *   are recognised as if nothing failed; when one failed, the sending party decides each unit.
 * - A decision, once taken, stands: it is the sending party's act.
 */
const homeUnitOf = (unit: HomeUnitOutcome, failures: Failure[], state: RecognitionState): HomeUnit => {
  const decision = state.decisions[unit.code];
  if (decision) return { ...unit, status: decision.decision, basis: 'decision', decision };
  if (failures.some((failure) => !currentRemedy(failure)?.closed)) return { ...unit, status: 'awaiting-remedy' };
  const remedyFailed = failures.some((failure) => currentRemedy(failure)?.closed?.outcome === 'failed');
  if (remedyFailed || unit.recognitionConditions !== undefined) return { ...unit, status: 'awaiting-decision' };
  return { ...unit, status: 'recognised', basis: failures.length > 0 ? 'after-remedy' : 'automatic' };
};

const remediedEcts = (failures: Failure[]): string[] =>
  failures.flatMap((failure) => {
    const closed = currentRemedy(failure)?.closed;
    return closed?.outcome === 'succeeded' && closed.ectsObtained ? [closed.ectsObtained] : [];
  });

/** Recomputes what the state shows from the facts it holds, after every event. */
export const deriveRecognition = (state: RecognitionState): RecognitionState => {
  const { outcome } = state;
  if (!outcome) return state;
  const failures: Failure[] = outcome.components
    .filter(isFailure)
    .map(({ code, title, result }) => ({ code, title, result, remedies: state.remedies[code] ?? [] }));
  const homeUnits = outcome.homeUnits.map((unit) => homeUnitOf(unit, failures, state));
  const creditLines = creditLinesOf(outcome, state.agreement, state.extraCreditDecisions ?? []);
  const pendingConversions = creditLines.filter(({ status }) => status === 'awaiting-conversion').map(({ code }) => code);
  const open =
    pendingConversions.length > 0 ||
    creditLines.some(({ status }) => status === 'awaiting-decision') ||
    failures.some((failure) => !currentRemedy(failure)?.closed) ||
    homeUnits.some(({ status }) => status === 'awaiting-remedy' || status === 'awaiting-decision');
  return {
    ...state,
    status: open ? 'pending' : 'complete',
    failures,
    homeUnits,
    pendingConversions,
    creditLines,
    automaticEcts: sumDecimals(creditLines.map(({ automaticEcts }) => automaticEcts)),
    recognisedEcts: sumDecimals([...creditLines.map(({ recognisedEcts }) => recognisedEcts), ...remediedEcts(failures)]),
    ...(outcome.doubleDegree ? { doubleDegree: outcome.doubleDegree } : { doubleDegree: undefined }),
  };
};
