import { refusal } from '../refusals';
import { Component, Credit } from '../agreement/agreement.content';
import { schemeKey } from '../credits/conversion-rule';
import { implausibleCredit } from '../credits/credit-plausibility';
import { compareDecimals, isDecimal } from '../credits/decimal';
import { ruleBroken } from '../errors';
import { TranscriptData, TranscriptLine } from './recognition.commands';
import { hostComponents } from './recognition-outcome';

const sameCredit = (a: Credit, b: Credit): boolean =>
  schemeKey(a.scheme) === schemeKey(b.scheme) && isDecimal(a.value) && isDecimal(b.value) && compareDecimals(a.value, b.value) === 0;

const plannedText = (component: Component): string =>
  component.credits?.length ? component.credits.map(({ value, scheme }) => `${value} ${scheme}`).join(' or ') : 'no credits';

const refuseAll = (ruleId: string, problems: string[], instead: string): void => {
  if (problems.length > 0) throw ruleBroken(ruleId, `${problems.join('; ')}: ${instead}`);
};

/**
 * What the lines say against the agreement version read, each refusal with its rule:
 * - REC-EMPTY: a transcript lists at least one line (a failed or not-taken one counts).
 * - CTI-REC-1: a code the agreement does not list is refused, unless the line says it is an
 *   unplanned extra and why (REC-UNPLANNED); a listed code cannot claim to be unplanned.
 * - REC-PLAUSIBLE: credits above zero and at most one academic year in their scheme, by the
 *   school's rules when it has one (credit-plausibility.ts); a failed or not-taken line may
 *   say 0. Checked before the difference: 600 for 6 is a slip to correct, not to explain.
 * - REC-CREDITS-DIFFER: a passed line whose credits are not among those planned for its
 *   component states why. Failed and not-taken lines earn nothing, so hosts print 0 or the
 *   planned credits there as they like: no reason is asked.
 */
export const assertLinesInLineWithAgreement = (data: TranscriptData): void => {
  const { agreement, components: lines } = data;
  if (lines.length === 0) {
    throw ruleBroken('REC-EMPTY', refusal('emptyTranscript'));
  }
  const planned = new Map(hostComponents(agreement.content).map(({ component }) => [component.code, component]));
  const version = `agreement version ${agreement.versionNumber}`;
  refuseAll(
    'CTI-REC-1',
    lines.filter((line) => !planned.has(line.code) && line.unplanned === undefined).map(({ code }) => `${code} is not in the components of ${version}`),
    'amend the agreement first, or record the line as an unplanned extra with unplanned.reason',
  );
  refuseAll(
    'REC-UNPLANNED',
    lines.flatMap(({ code, unplanned }) => {
      if (unplanned === undefined) return [];
      if (planned.has(code)) return [`${code} is a component of ${version}, not an unplanned extra`];
      return typeof unplanned?.reason === 'string' && unplanned.reason.trim() ? [] : [`unplanned extra ${code} gives no reason`];
    }),
    'drop unplanned from lines the agreement lists, and say why each extra was taken in unplanned.reason',
  );
  refuseAll(
    'REC-PLAUSIBLE',
    lines.flatMap((line) => {
      const problem = implausibleCredit(line.credits, { rules: data.conversionRules, hostFullLoads: data.hostFullLoad, allowZero: line.result !== 'passed' });
      return problem ? [`${line.code}: ${problem}`] : [];
    }),
    'correct the credits to what the transcript of records states',
  );
  refuseAll(
    'REC-CREDITS-DIFFER',
    lines.flatMap((line: TranscriptLine) => {
      const component = planned.get(line.code);
      if (!component || line.result !== 'passed' || line.creditsDifferenceReason?.trim()) return [];
      if ((component.credits ?? []).some((credit) => sameCredit(credit, line.credits))) return [];
      return [`${line.code} obtains ${line.credits.value} ${line.credits.scheme} where ${version} plans ${plannedText(component)}`];
    }),
    'correct the credits, or state why they differ in creditsDifferenceReason',
  );
};
