import { StudyRegulations } from '../school/study-regulations';
import { lowCarbonTravelDays } from '../student/stay-records';
import { StudentProfile } from '../student/student.profile';
import { countingRule } from './counting-rule';
import { MobilityWords } from './mobility-words';
import { ENGLISH_MOBILITY } from './mobility-words.en';
import { MobilityWarning, StayEvaluation } from './mobility-status.types';
import { daysInclusive, weeksOf } from './stay-days';
import { StaySource } from './stay-source';

/** CTI-MOB-5: "en particulier lorsque la mobilité est supérieure à 4 semaines". */
const MODALITY_THRESHOLD_DAYS = 4 * 7;

/** Stays the school sends a student on; CTI-MOB-9 is not owed for time at home or a personal gap period. */
const isSchoolMobility = (stay: StaySource) => stay.kind !== 'internationalisation-at-home' && stay.kind !== 'gap-period';

/** CTI-MOB-8: the school's cap applies per stay, and only when its regulations count travel at all. */
const countedTravelDays = (recorded: number, regulations: StudyRegulations): number =>
  regulations.lowCarbonTravel.counts ? Math.min(recorded, regulations.lowCarbonTravel.maxDays) : 0;

const supportWarnings = (stay: StaySource, said: MobilityWords['warnings']): MobilityWarning[] => {
  if (!isSchoolMobility(stay) || stay.phase === 'planned') return [];
  const { preparation, followUp, debrief } = stay.records;
  const missing = [
    preparation.length === 0 && said.noPreparation,
    followUp.length === 0 && stay.phase === 'completed' && said.noFollowUp,
    debrief.length === 0 && stay.phase === 'completed' && said.noDebrief,
  ].filter((message): message is string => message !== false);
  return missing.map((message) => ({ ruleId: 'CTI-MOB-9', message, stay: stay.key }));
};

/** One stay: whether it counts and why, its counted days, and what the school still owes it. */
export const evaluateStay = (
  stay: StaySource,
  profile: StudentProfile,
  regulations: StudyRegulations,
  words: MobilityWords = ENGLISH_MOBILITY,
): StayEvaluation => {
  const { counts, ruleId, reason } = countingRule(stay, profile.schoolId, profile.track, regulations, words);
  const said = words.warnings;
  const days = daysInclusive(stay.start, stay.end);
  const recorded = lowCarbonTravelDays(stay.records);
  const travel = counts ? countedTravelDays(recorded, regulations) : 0;
  const countedDays = counts ? days + travel : 0;
  const modality = stay.records.apprenticeshipModality ?? profile.apprenticeshipModality;
  const warnings: MobilityWarning[] = [];
  if (stay.agreement && !stay.agreement.approved && stay.phase !== 'planned') {
    warnings.push({ ruleId: 'CTI-LA-1', message: said.startedBeforeApproval(stay.start, stay.dateSources.start === 'confirmed'), stay: stay.key });
  }
  if (profile.track === 'apprentice' && isSchoolMobility(stay) && days > MODALITY_THRESHOLD_DAYS && modality === undefined) {
    warnings.push({
      ruleId: 'CTI-MOB-5',
      message: said.modalityMissing,
      stay: stay.key,
    });
  }
  if (counts && travel < recorded) {
    warnings.push({
      ruleId: 'CTI-MOB-8',
      message: said.travelCapped(travel, recorded),
      stay: stay.key,
    });
  }
  warnings.push(...supportWarnings(stay, said));
  return {
    key: stay.key,
    source: stay.source,
    id: stay.id,
    kind: stay.kind,
    ...(stay.activity !== undefined && { activity: stay.activity }),
    ...(stay.country !== undefined && { country: stay.country }),
    start: stay.start,
    end: stay.end,
    dateSources: stay.dateSources,
    phase: stay.phase,
    counts,
    ruleId,
    reason,
    days,
    lowCarbonTravelDays: { recorded, counted: travel },
    countedDays,
    weeks: weeksOf(countedDays),
    ...(modality !== undefined && profile.track === 'apprentice' && { apprenticeshipModality: modality }),
    support: { preparation: stay.records.preparation, followUp: stay.records.followUp, debrief: stay.records.debrief },
    warnings,
  };
};
