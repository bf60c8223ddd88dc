import { problemsTogether } from '../problems-together';
import { refusal, Said, sayEach } from '../refusals';
import { Credit } from '../agreement/agreement.content';
import { schemeKey } from '../credits/conversion-rule';
import { implausibleCredit } from '../credits/credit-plausibility';
import { compareDecimals, isDecimal } from '../credits/decimal';
import { FieldRefusal, ruleBroken } from '../errors';
import { TranscriptData, TranscriptLine } from './recognition.commands';
import { hostComponents } from './recognition-outcome';

const sameCredit = (a: Credit, b: Credit): boolean =>
  schemeKey(a.scheme) === schemeKey(b.scheme) && isDecimal(a.value) && isDecimal(b.value) && compareDecimals(a.value, b.value) === 0;

/** One line's problem: the field it is about (`components.<i>.<field>`) and what is wrong, in each language. */
type LineProblem = FieldRefusal;

const ofLine = (index: number, field: string, said: Said): LineProblem => ({ field: `components.${index}.${field}`, said });

/** The problems said together and what to do instead; beside its field, each problem says what to do too. */
const refuseAll = (ruleId: string, problems: LineProblem[], instead: Said): void => {
  if (problems.length === 0) return;
  const and = (some: readonly LineProblem[]) => problemsTogether(some, (words, said, language) => words.linesRefused(said, instead[language]));
  throw ruleBroken(
    ruleId,
    and(problems),
    problems.map((problem) => ({ field: problem.field, said: and([problem]) })),
  );
};

/**
 * What the lines say against the agreement version read, each refusal with its rule and the
 * fields of the lines at fault:
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
  const version = agreement.versionNumber;
  refuseAll(
    'CTI-REC-1',
    lines.flatMap((line, index) => (!planned.has(line.code) && line.unplanned === undefined ? [ofLine(index, 'code', refusal('notInAgreement', line.code, version))] : [])),
    refusal('amendOrUnplanned'),
  );
  refuseAll(
    'REC-UNPLANNED',
    lines.flatMap(({ code, unplanned }, index) => {
      if (unplanned === undefined) return [];
      if (planned.has(code)) return [ofLine(index, 'unplanned', refusal('plannedNotExtra', code, version))];
      return typeof unplanned?.reason === 'string' && unplanned.reason.trim() ? [] : [ofLine(index, 'unplanned.reason', refusal('extraWithoutReason', code))];
    }),
    refusal('unplannedInstead'),
  );
  refuseAll(
    'REC-PLAUSIBLE',
    lines.flatMap((line, index) => {
      const problem = implausibleCredit(line.credits, { rules: data.conversionRules, hostFullLoads: data.hostFullLoad, allowZero: line.result !== 'passed' });
      return problem ? [ofLine(index, 'credits', sayEach((language) => `${line.code}: ${problem[language]}`))] : [];
    }),
    refusal('correctTranscriptCredits'),
  );
  refuseAll(
    'REC-CREDITS-DIFFER',
    lines.flatMap((line: TranscriptLine, index) => {
      const component = planned.get(line.code);
      if (!component || line.result !== 'passed' || line.creditsDifferenceReason?.trim()) return [];
      if ((component.credits ?? []).some((credit) => sameCredit(credit, line.credits))) return [];
      return [ofLine(index, 'creditsDifferenceReason', refusal('creditsDiffer', line.code, line.credits, version, component.credits ?? []))];
    }),
    refusal('differInstead'),
  );
};
