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

const verdictOf = (input: MobilityInput, exempt: boolean, days: DaysByPhase, minimumDays: number, stays: StayEvaluation[]): Verdict => {
  const minimumRule: MobilityRuleId = input.profile.track === 'apprentice' ? 'CTI-MOB-5' : 'CTI-MOB-1';
  const weeks = `${weeksOf(days.total)} of ${minimumDays / 7} weeks`;
  if (exempt) return { status: 'exempt', ruleId: 'CTI-MOB-2', explanation: 'an international student, exempt from the stay abroad' };
  if (days.completed >= minimumDays) {
    return { status: 'fulfilled', ruleId: minimumRule, explanation: `${weeksOf(days.completed)} weeks abroad completed, ${minimumDays / 7} required` };
  }
  if (input.derogation) {
    return { status: 'derogation-granted', ruleId: 'MOB-STATUS', explanation: `derogation: ${input.derogation.reason}` };
  }
  if (graduationPassed(input)) {
    return { status: 'not-met', ruleId: minimumRule, explanation: `graduation year ${input.profile.expectedGraduationYear} is over with ${weeks}` };
  }
  if (days.total >= minimumDays) {
    const underway = stays.some((stay) => stay.counts && stay.phase === 'underway');
    return underway
      ? { status: 'in-progress', ruleId: minimumRule, explanation: `a stay is underway; ${weeks} when planned stays end` }
      : { status: 'planned', ruleId: minimumRule, explanation: `${weeks} planned, none underway` };
  }
  if (days.total > 0) return { status: 'at-risk', ruleId: minimumRule, explanation: `only ${weeks} completed, underway or planned` };
  return { status: 'not-met', ruleId: minimumRule, explanation: 'no stay that counts is completed, underway or planned' };
};

/**
 * Whether the student meets the mandatory stay abroad, from what the streams recorded. Pure:
 * the same input always gives the same answer, `today` included. Days decide, weeks are shown.
 */
export const evaluateMobilityStatus = (input: MobilityInput): MobilityEvaluation => {
  const { profile, regulations } = input;
  const stays = [
    ...input.agreements.map((agreement) => fromAgreement(agreement, input.records)),
    ...input.declaredStays.map((stay) => fromDeclaredStay(stay, input.records)),
  ]
    .map((stay) => evaluateStay(stay, profile, regulations))
    .sort((a, b) => (a.start === b.start ? a.key.localeCompare(b.key) : a.start.localeCompare(b.start)));
  const exempt = isExempt(profile);
  const minimum = minimumWeeks(profile.track, regulations);
  const days = daysByPhase(stays);
  const warnings: MobilityWarning[] = stays.flatMap((stay) => stay.warnings);
  if (profile.track === 'apprentice' && !exempt && days.total < APPRENTICE_RECOMMENDED_WEEKS * 7) {
    warnings.push({
      ruleId: 'CTI-MOB-5',
      message: `${weeksOf(days.total)} weeks counted: ${APPRENTICE_RECOMMENDED_WEEKS} weeks are recommended for apprentices`,
    });
  }
  return {
    ...verdictOf(input, exempt, days, minimum * 7, stays),
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
