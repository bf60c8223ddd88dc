import { StudyRegulations } from '../school/study-regulations';
import { isIncoming } from './agreement-summary';
import { MobilityRuleId } from './mobility.rules';
import { MobilityWords } from './mobility-words';
import { ENGLISH_MOBILITY } from './mobility-words.en';
import { StaySource } from './stay-source';

export type CountingDecision = { counts: boolean; ruleId: MobilityRuleId; reason: string };

const no = (ruleId: MobilityRuleId, reason: string): CountingDecision => ({ counts: false, ruleId, reason });
const yes = (ruleId: MobilityRuleId, reason: string): CountingDecision => ({ counts: true, ruleId, reason });

/**
 * Whether a stay counts toward the mandatory stay abroad, and the rule that decides, said in the words given. The
 * first exclusion that applies wins, from what a stay is (incoming, at home, gap period, not
 * abroad) to how it is framed (group, supervision, internship agreement, signatures).
 */
export const countingRule = (
  stay: StaySource,
  schoolId: string,
  track: 'student' | 'apprentice',
  regulations: StudyRegulations,
  words: MobilityWords = ENGLISH_MOBILITY,
): CountingDecision => {
  const said = words.counting;
  if (stay.agreement && isIncoming(stay.agreement, schoolId)) {
    return no('CTI-IN-1', said.incoming);
  }
  if (stay.kind === 'internationalisation-at-home') return no('CTI-MOB-4', said.atHome);
  if (stay.kind === 'gap-period') return no('CTI-MOB-7', said.gapPeriod);
  if (stay.country === 'FR') return no('CTI-MOB-1', said.inFrance);
  if (stay.group) return no('CTI-MOB-3', said.group);
  if (stay.kind === 'preparatory-cycle') {
    if (!stay.supervised) return no('CTI-MOB-1', said.unsupervisedPreparatory);
    if (!regulations.preparatoryCycleCounts) return no('CTI-MOB-1', said.preparatoryNotCounted);
  }
  if (stay.kind === 'internship' && !stay.hasInternshipAgreement) {
    return no('CTI-MOB-6', said.internshipWithoutAgreement);
  }
  // A plan is a plan once signed; a stay that did start counts anyway, with a CTI-LA-1 warning.
  if (stay.agreement && !stay.agreement.approved && stay.phase === 'planned') {
    return no('CTI-LA-1', said.notApproved);
  }
  if (stay.kind === 'internship') return yes('CTI-MOB-6', said.internship);
  if (stay.kind === 'preparatory-cycle') return yes('CTI-MOB-1', said.preparatory);
  if (track === 'apprentice') return yes('CTI-MOB-5', said.apprentice);
  return yes('CTI-MOB-1', said.individual);
};
