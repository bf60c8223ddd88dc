import { StudyRegulations } from '../school/study-regulations';
import { isIncoming } from './agreement-summary';
import { MobilityRuleId } from './mobility.rules';
import { StaySource } from './stay-source';

export type CountingDecision = { counts: boolean; ruleId: MobilityRuleId; reason: string };

const no = (ruleId: MobilityRuleId, reason: string): CountingDecision => ({ counts: false, ruleId, reason });
const yes = (ruleId: MobilityRuleId, reason: string): CountingDecision => ({ counts: true, ruleId, reason });

/**
 * Whether a stay counts toward the mandatory stay abroad, and the rule that decides. The
 * first exclusion that applies wins, from what a stay is (incoming, at home, gap period, not
 * abroad) to how it is framed (group, supervision, internship agreement, signatures).
 */
export const countingRule = (
  stay: StaySource,
  schoolId: string,
  track: 'student' | 'apprentice',
  regulations: StudyRegulations,
): CountingDecision => {
  if (stay.agreement && isIncoming(stay.agreement, schoolId)) {
    return no('CTI-IN-1', 'the school is the receiving party: an incoming mobility, not a stay abroad');
  }
  if (stay.kind === 'internationalisation-at-home') return no('CTI-MOB-4', 'internationalisation at home never replaces the stay');
  if (stay.kind === 'gap-period') return no('CTI-MOB-7', 'a gap period never satisfies the mandatory stay');
  if (stay.country === 'FR') return no('CTI-MOB-1', 'the stay takes place in France, not abroad');
  if (stay.group) return no('CTI-MOB-3', 'a group stay of the same class is not individual immersion');
  if (stay.kind === 'preparatory-cycle') {
    if (!stay.supervised) return no('CTI-MOB-1', 'a preparatory-cycle stay the school did not supervise does not count');
    if (!regulations.preparatoryCycleCounts) return no('CTI-MOB-1', 'the study regulations do not count preparatory-cycle stays');
  }
  if (stay.kind === 'internship' && !stay.hasInternshipAgreement) {
    return no('CTI-MOB-6', 'an internship counts only when a tripartite internship agreement covers it');
  }
  // A plan is a plan once signed; a stay that did start counts anyway, with a CTI-LA-1 warning.
  if (stay.agreement && !stay.agreement.approved && stay.phase === 'planned') {
    return no('CTI-LA-1', 'the learning agreement is not approved by all three parties yet');
  }
  if (stay.kind === 'internship') return yes('CTI-MOB-6', 'an internship abroad covered by an internship agreement');
  if (stay.kind === 'preparatory-cycle') return yes('CTI-MOB-1', 'a preparatory-cycle stay supervised by the school');
  if (track === 'apprentice') return yes('CTI-MOB-5', 'an academic, professional or research activity abroad');
  return yes('CTI-MOB-1', 'an individual stay abroad');
};
