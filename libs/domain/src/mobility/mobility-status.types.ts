import { StayDateSource } from '../agreement/stay-period';
import { Activity } from '../agreement/agreement.content';
import { StudyRegulations } from '../school/study-regulations';
import { Derogation } from '../student/derogation';
import { StayRecords } from '../student/stay-records';
import { ApprenticeshipModality, StudentProfile } from '../student/student.profile';
import { DeclaredStay, StayKind } from '../student/student.stay';
import { AgreementSummary } from './agreement-summary';
import { MobilityRuleId } from './mobility.rules';

export type MobilityInput = {
  profile: StudentProfile;
  regulations: StudyRegulations;
  /** The student's learning agreements, outgoing or not (CTI-IN-1 sorts them out). */
  agreements: AgreementSummary[];
  declaredStays: DeclaredStay[];
  /** By `stayKey`: `mobility:<mobilityId>` or `stay:<stayId>`, as the student stream keeps them. */
  records: Record<string, StayRecords>;
  derogation?: Pick<Derogation, 'reason' | 'decidedBy'>;
  /** ISO date, YYYY-MM-DD: the evaluation reads no clock. */
  today: string;
};

export type MobilityWarning = { ruleId: MobilityRuleId; message: string; stay?: string };

/** Follows recorded facts, not the calendar: a stay is underway from its recorded start until its recorded end. */
export type StayPhase = 'planned' | 'underway' | 'completed';

export type StayEvaluation = {
  /** `stayKey` of the stay. */
  key: string;
  source: 'agreement' | 'declared';
  id: string;
  kind: StayKind;
  /** The agreement's activity (double degree, joint programme...), for agreements. */
  activity?: Activity;
  country?: string;
  /** Actual dates where recorded, planned otherwise. */
  start: string;
  end: string;
  /** Which each date is: confirmed by the receiving institution, declared, or planned (LA-STAY). */
  dateSources: { start: StayDateSource; end: StayDateSource };
  phase: StayPhase;
  counts: boolean;
  /** The rule that decided `counts`, and why, in words. */
  ruleId: MobilityRuleId;
  reason: string;
  /** Calendar days of the stay, both ends included. */
  days: number;
  /** CTI-MOB-8: days recorded, and those the school's regulations let count (0 when the stay does not count). */
  lowCarbonTravelDays: { recorded: number; counted: number };
  /** days + counted travel days when the stay counts, else 0; `weeks` is the same in weeks. */
  countedDays: number;
  weeks: string;
  apprenticeshipModality?: ApprenticeshipModality;
  /** CTI-MOB-9: dates of preparation, follow-up and debrief recorded for the stay. */
  support: { preparation: string[]; followUp: string[]; debrief: string[] };
  warnings: MobilityWarning[];
};

/**
 * - `exempt`: CTI-MOB-2 applies, whatever the stays.
 * - `fulfilled`: counted days of completed stays reach the minimum.
 * - `derogation-granted`: not fulfilled, and a derogation is in force.
 * - `in-progress`: not fulfilled, a counting stay is underway, and completed + underway
 *   (to its planned end) + planned counting days reach the minimum.
 * - `planned`: as in-progress, with no counting stay underway.
 * - `at-risk`: counting days (completed, underway or planned) exist but fall short.
 * - `not-met`: the graduation year is over without the minimum, or nothing counts at all.
 */
export type MobilityStatus = 'exempt' | 'fulfilled' | 'in-progress' | 'planned' | 'at-risk' | 'not-met' | 'derogation-granted';

export type DaysByPhase = { completed: number; underway: number; planned: number; total: number };
export type WeeksByPhase = { completed: string; underway: string; planned: string; total: string };

export type MobilityEvaluation = {
  status: MobilityStatus;
  /** The rule behind the status (CTI-MOB-2 for exempt, CTI-MOB-5 or CTI-MOB-1 for the minimum). */
  ruleId: MobilityRuleId;
  explanation: string;
  exempt: boolean;
  derogation?: Pick<Derogation, 'reason' | 'decidedBy'>;
  track: StudentProfile['track'];
  minimumWeeks: number;
  /** Counted days of counting stays, by phase; `weeks` shows the same. */
  days: DaysByPhase;
  weeks: WeeksByPhase;
  stays: StayEvaluation[];
  /** Every warning: the stays' and the student's. */
  warnings: MobilityWarning[];
};
