import { StudyRegulations } from '../school/study-regulations';
import { lowCarbonTravelDays } from '../student/stay-records';
import { StudentProfile } from '../student/student.profile';
import { countingRule } from './counting-rule';
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

const supportWarnings = (stay: StaySource): MobilityWarning[] => {
  if (!isSchoolMobility(stay) || stay.phase === 'planned') return [];
  const { preparation, followUp, debrief } = stay.records;
  const missing = [
    preparation.length === 0 && 'no preparation before departure',
    followUp.length === 0 && stay.phase === 'completed' && 'no follow-up during the stay',
    debrief.length === 0 && stay.phase === 'completed' && 'no debrief on return',
  ].filter((message): message is string => message !== false);
  return missing.map((message) => ({ ruleId: 'CTI-MOB-9', message: `${message} is recorded`, stay: stay.key }));
};

/** One stay: whether it counts and why, its counted days, and what the school still owes it. */
export const evaluateStay = (stay: StaySource, profile: StudentProfile, regulations: StudyRegulations): StayEvaluation => {
  const { counts, ruleId, reason } = countingRule(stay, profile.schoolId, profile.track, regulations);
  const days = daysInclusive(stay.start, stay.end);
  const recorded = lowCarbonTravelDays(stay.records);
  const travel = counts ? countedTravelDays(recorded, regulations) : 0;
  const countedDays = counts ? days + travel : 0;
  const modality = stay.records.apprenticeshipModality ?? profile.apprenticeshipModality;
  const warnings: MobilityWarning[] = [];
  if (stay.agreement && !stay.agreement.approved && stay.phase !== 'planned') {
    const basis = stay.dateSources.start === 'confirmed' ? 'as the receiving institution confirmed' : 'as declared';
    warnings.push({ ruleId: 'CTI-LA-1', message: `the stay started on ${stay.start} (${basis}) before the learning agreement was approved`, stay: stay.key });
  }
  if (profile.track === 'apprentice' && isSchoolMobility(stay) && days > MODALITY_THRESHOLD_DAYS && modality === undefined) {
    warnings.push({
      ruleId: 'CTI-MOB-5',
      message: 'a stay over 4 weeks needs the employer’s modality (at the disposal of a host, or contract on hold)',
      stay: stay.key,
    });
  }
  if (counts && travel < recorded) {
    warnings.push({
      ruleId: 'CTI-MOB-8',
      message: `${travel} of ${recorded} low-carbon travel days count under the study regulations`,
      stay: stay.key,
    });
  }
  warnings.push(...supportWarnings(stay));
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
