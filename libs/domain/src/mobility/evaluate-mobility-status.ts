import { APPRENTICE_RECOMMENDED_WEEKS } from '../school/study-regulations';
import { isExempt } from './exemption';
import { evaluateStay } from './evaluate-stay';
import { minimumWeeks } from './minimum-weeks';
import { MobilityRuleId } from './mobility.rules';
import {
  DaysByPhase,
  MobilityEvaluation,
  MobilityInput,
  MobilityStatus,
  MobilityWarning,
  StayEvaluation,
} from './mobility-status.types';
import { weeksOf } from './stay-days';
import { MobilityWords } from './mobility-words';
import { ENGLISH_MOBILITY } from './mobility-words.en';
import { fromAgreement, fromDeclaredStay } from './stay-source';

const daysByPhase = (stays: StayEvaluation[]): DaysByPhase => {
  const sum = (phase: StayEvaluation['phase']) =>
    stays.filter((stay) => stay.counts && stay.phase === phase).reduce((total, stay) => total + stay.countedDays, 0);
  const completed = sum('completed');
  const underway = sum('underway');
  const planned = sum('planned');
  return { completed, underway, planned, total: completed + underway + planned };
};

/**
 * The diploma is awarded within the graduation year: once it is over, whatever is not done
 * will not be. The last day of the year rather than a jury date, which the record lacks.
 */
const graduationPassed = (input: MobilityInput) => input.today > `${input.profile.expectedGraduationYear}-12-31`;

type Verdict = { status: MobilityStatus; ruleId: MobilityRuleId; explanation: string };

const verdictOf = (
  input: MobilityInput,
  exempt: boolean,
  days: DaysByPhase,
  minimumDays: number,
  stays: StayEvaluation[],
  said: MobilityWords['verdict'],
): Verdict => {
  const minimumRule: MobilityRuleId = input.profile.track === 'apprentice' ? 'CTI-MOB-5' : 'CTI-MOB-1';
  const weeks = { counted: weeksOf(days.total), minimum: minimumDays / 7 };
  if (exempt) return { status: 'exempt', ruleId: 'CTI-MOB-2', explanation: said.exempt() };
  if (days.completed >= minimumDays) {
    return { status: 'fulfilled', ruleId: minimumRule, explanation: said.fulfilled(weeksOf(days.completed), minimumDays / 7) };
  }
  if (input.derogation) {
    return { status: 'derogation-granted', ruleId: 'MOB-STATUS', explanation: said.derogation(input.derogation.reason) };
  }
  if (graduationPassed(input)) {
    return { status: 'not-met', ruleId: minimumRule, explanation: said.graduationOver(input.profile.expectedGraduationYear, weeks) };
  }
  if (days.total >= minimumDays) {
    const underway = stays.some((stay) => stay.counts && stay.phase === 'underway');
    return underway
      ? { status: 'in-progress', ruleId: minimumRule, explanation: said.underway(weeks) }
      : { status: 'planned', ruleId: minimumRule, explanation: said.planned(weeks) };
  }
  if (days.total > 0) return { status: 'at-risk', ruleId: minimumRule, explanation: said.atRisk(weeks) };
  return { status: 'not-met', ruleId: minimumRule, explanation: said.nothing() };
};

/**
 * Whether the student meets the mandatory stay abroad, from what the streams recorded. Pure:
 * the same input always gives the same answer, `today` included. Days decide, weeks are shown.
 * The sentences (explanation, reasons, warnings) are in the words given, English by default.
 */
export const evaluateMobilityStatus = (input: MobilityInput, words: MobilityWords = ENGLISH_MOBILITY): MobilityEvaluation => {
  const { profile, regulations } = input;
  const stays = [
    ...input.agreements.map((agreement) => fromAgreement(agreement, input.records)),
    ...input.declaredStays.map((stay) => fromDeclaredStay(stay, input.records)),
  ]
    .map((stay) => evaluateStay(stay, profile, regulations, words))
    .sort((a, b) => (a.start === b.start ? a.key.localeCompare(b.key) : a.start.localeCompare(b.start)));
  const exempt = isExempt(profile);
  const minimum = minimumWeeks(profile.track, regulations);
  const days = daysByPhase(stays);
  const warnings: MobilityWarning[] = stays.flatMap((stay) => stay.warnings);
  if (profile.track === 'apprentice' && !exempt && days.total < APPRENTICE_RECOMMENDED_WEEKS * 7) {
    warnings.push({
      ruleId: 'CTI-MOB-5',
      message: words.warnings.apprenticeRecommended(weeksOf(days.total), APPRENTICE_RECOMMENDED_WEEKS),
    });
  }
  return {
    ...verdictOf(input, exempt, days, minimum * 7, stays, words.verdict),
    exempt,
    ...(input.derogation && { derogation: { reason: input.derogation.reason, decidedBy: input.derogation.decidedBy } }),
    track: profile.track,
    minimumWeeks: minimum,
    days,
    weeks: { completed: weeksOf(days.completed), underway: weeksOf(days.underway), planned: weeksOf(days.planned), total: weeksOf(days.total) },
    stays,
    warnings,
  };
};
