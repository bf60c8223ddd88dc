import {
  DEFAULT_STUDY_REGULATIONS,
  MobilityEvaluation,
  MobilityStatus,
  StudentState,
  StudyRegulations,
  SurveyMoment,
  divideDecimals,
  evaluateMobilityStatus,
  lowCarbonTravelDays,
  stayKey,
  sumDecimals,
} from '@app/domain';
import { AgreementFacts } from './agreement-facts';
import { COHORT_REPORT_DEFINITIONS, CohortReportDefinitions } from './cohort-report.definitions';
import { SurveyFigures, SurveyMomentFigures } from './survey-figures';

/** One student of the cohort, with everything their status is evaluated from. */
export type CohortStudent = {
  studentId: string;
  record?: StudentState;
  /** Every agreement naming the student, any school and year: the evaluation sorts them out (CTI-IN-1). */
  agreements: AgreementFacts[];
  regulations?: StudyRegulations;
};

export type CohortInput = {
  school: string;
  academicYear: string;
  /** ISO date the statuses are evaluated at. */
  today: string;
  /** Agreements the school sends, of the academic year, deleted drafts left out. */
  outgoing: AgreementFacts[];
  /** CTI-IN-1: agreements the school receives, of the academic year. */
  incoming: AgreementFacts[];
  students: CohortStudent[];
  /** CTI-MOB-9: the participants' survey of the outgoing mobilities (survey-figures.ts). */
  surveys: SurveyFigures;
};

/**
 * CTI-MOB-9 in the report: each moment's figures, then the same per receiving partner, keyed
 * by partner so that each figure has one path (`surveys.byPartner.<partner>.after-return.invited`).
 */
export type CohortSurveys = Record<SurveyMoment, SurveyMomentFigures> & { byPartner: Record<string, Record<SurveyMoment, SurveyMomentFigures>> };

const STATUSES: readonly MobilityStatus[] = ['exempt', 'fulfilled', 'in-progress', 'planned', 'at-risk', 'not-met', 'derogation-granted'];

export type CohortReport = {
  school: string;
  academicYear: string;
  evaluatedOn: string;
  students: {
    total: number;
    /** Counted in `total`, not evaluated: no profile recorded, so neither exemption nor track is known. */
    withoutProfile: number;
    exempt: number;
    nonExempt: number;
    byStatus: Record<MobilityStatus, number>;
    /** CTI-MOB-1: fulfilled among the non-exempt students with a profile, 4 decimal places; null without any. */
    mobilityRate: string | null;
    /** Students whose status is derogation-granted, by the derogation's reason. */
    derogationsByReason: Record<string, number>;
  };
  agreements: {
    outgoing: number;
    approved: number;
    departed: number;
    /** CTI-LA-1: departed with version 1 approved before the departure day. */
    signedByAllBeforeDeparture: number;
    /** CTI-LA-1 findings: departed before version 1 was approved. */
    departedBeforeSignature: number;
    /** EWP omobility-la stats. */
    ewp: { notModifiedAfterApproval: number; modifiedAfterApproval: number; latestVersionApproved: number; latestVersionRejected: number; latestVersionAwaiting: number };
  };
  credits: {
    /** Table A of the versions in force, ECTS scheme, exact. */
    plannedEcts: string;
    agreementsWithTranscript: number;
    /** Planned ECTS of the agreements that have a transcript, to compare with what was recognised. */
    plannedEctsWithTranscript: string;
    recognisedEcts: string;
    /** CTI-REC-1: ECTS of passed components, each at most its planned ECTS, recognised automatically on return. */
    automaticEcts: string;
    /** REC-EXCESS: ECTS beyond the agreements recognised by a decision of the school; recognised exceeds planned only by these. */
    recognisedBeyondPlanEcts: string;
    /** automaticEcts / recognisedEcts, 4 decimal places; null when nothing is recognised. */
    automaticShare: string | null;
    /** CTI-REC-5: what had to be made up after the stays. */
    failedComponents: number;
    remedied: number;
  };
  stays: {
    /** Returned after the planned end, or amended with an 'extending-mobility' component. */
    lengthenedCurriculum: number;
    /** CTI-MOB-3. */
    individual: number;
    group: number;
    /** CTI-MOB-8: stays with low-carbon travel recorded, days recorded and days the regulations let count. */
    lowCarbonTravel: { stays: number; daysRecorded: number; daysCounted: number };
  };
  /** CTI-IN-1: the school is the receiving party; never part of the figures above. */
  incoming: { agreements: number; approved: number; students: number };
  surveys: CohortSurveys;
  /** How each figure above is computed, by its path in this report (e.g. `students.mobilityRate`). */
  definitions: CohortReportDefinitions;
};

const share = (part: string, whole: string | number): string | null =>
  Number(whole) === 0 ? null : divideDecimals(part, String(whole), { mode: 'half-up', step: '0.0001' });

const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

function evaluate(student: CohortStudent, today: string): MobilityEvaluation | undefined {
  const record = student.record;
  if (!record?.profile) return undefined;
  return evaluateMobilityStatus({
    profile: record.profile,
    regulations: student.regulations ?? DEFAULT_STUDY_REGULATIONS,
    agreements: student.agreements.flatMap((facts) => (facts.summary ? [facts.summary] : [])),
    declaredStays: Object.values(record.stays),
    records: record.records,
    ...(record.derogation && { derogation: record.derogation }),
    today,
  });
}

/** Pure: the CTI auditor's indicators for one school and academic year. */
export function cohortReport(input: CohortInput): CohortReport {
  const evaluations = new Map(input.students.map((student) => [student.studentId, evaluate(student, input.today)]));
  const evaluated = [...evaluations.values()].filter((evaluation): evaluation is MobilityEvaluation => evaluation !== undefined);
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, count(evaluated, (e) => e.status === status)])) as Record<MobilityStatus, number>;
  const nonExempt = evaluated.length - byStatus.exempt;
  const derogationsByReason: Record<string, number> = {};
  evaluated
    .filter((e) => e.status === 'derogation-granted' && e.derogation)
    .forEach((e) => (derogationsByReason[e.derogation!.reason] = (derogationsByReason[e.derogation!.reason] ?? 0) + 1));

  const { outgoing } = input;
  const departed = outgoing.filter((a) => a.signedByAllBeforeDeparture !== null);
  const transcribed = outgoing.filter((a) => a.recognition !== null);
  const recognisedEcts = sumDecimals(transcribed.map((a) => a.recognition!.recognisedEcts));
  const automaticEcts = sumDecimals(transcribed.map((a) => a.recognition!.automaticEcts));

  const records = new Map(input.students.map((s) => [s.studentId, s.record]));
  const travel = outgoing.flatMap((a) => {
    const key = stayKey({ mobilityId: a.mobilityId });
    const recorded = lowCarbonTravelDays(records.get(a.studentId ?? '')?.records[key]);
    if (recorded === 0) return [];
    const stay = evaluations.get(a.studentId ?? '')?.stays.find((s) => s.key === key);
    return [{ recorded, counted: stay?.lowCarbonTravelDays.counted ?? 0 }];
  });

  return {
    school: input.school,
    academicYear: input.academicYear,
    evaluatedOn: input.today,
    students: {
      total: input.students.length,
      withoutProfile: input.students.length - evaluated.length,
      exempt: byStatus.exempt,
      nonExempt,
      byStatus,
      mobilityRate: share(String(byStatus.fulfilled), nonExempt),
      derogationsByReason,
    },
    agreements: {
      outgoing: outgoing.length,
      approved: count(outgoing, (a) => a.approved),
      departed: departed.length,
      signedByAllBeforeDeparture: count(departed, (a) => a.signedByAllBeforeDeparture === true),
      departedBeforeSignature: count(departed, (a) => a.findings.includes('CTI-LA-1')),
      ewp: {
        notModifiedAfterApproval: count(outgoing, (a) => a.approved && !a.modifiedAfterApproval),
        modifiedAfterApproval: count(outgoing, (a) => a.modifiedAfterApproval),
        latestVersionApproved: count(outgoing, (a) => a.latestVersion === 'approved'),
        latestVersionRejected: count(outgoing, (a) => a.latestVersion === 'rejected'),
        latestVersionAwaiting: count(outgoing, (a) => a.latestVersion === 'awaiting'),
      },
    },
    credits: {
      plannedEcts: sumDecimals(outgoing.map((a) => a.plannedEcts)),
      agreementsWithTranscript: transcribed.length,
      plannedEctsWithTranscript: sumDecimals(transcribed.map((a) => a.plannedEcts)),
      recognisedEcts,
      automaticEcts,
      recognisedBeyondPlanEcts: sumDecimals(transcribed.map((a) => a.recognition!.recognisedBeyondPlanEcts)),
      automaticShare: share(automaticEcts, recognisedEcts),
      failedComponents: transcribed.reduce((n, a) => n + a.recognition!.failedComponents, 0),
      remedied: transcribed.reduce((n, a) => n + a.recognition!.remedied, 0),
    },
    stays: {
      lengthenedCurriculum: count(outgoing, (a) => a.lengthenedCurriculum.length > 0),
      individual: count(outgoing, (a) => a.summary?.stay === 'individual'),
      group: count(outgoing, (a) => a.summary?.stay === 'group'),
      lowCarbonTravel: {
        stays: travel.length,
        daysRecorded: travel.reduce((n, t) => n + t.recorded, 0),
        daysCounted: travel.reduce((n, t) => n + t.counted, 0),
      },
    },
    incoming: {
      agreements: input.incoming.length,
      approved: count(input.incoming, (a) => a.approved),
      students: new Set(input.incoming.map((a) => a.studentId)).size,
    },
    surveys: {
      'mid-stay': input.surveys.total['mid-stay'],
      'after-return': input.surveys.total['after-return'],
      byPartner: Object.fromEntries(input.surveys.byPartner.map(({ partner, ...moments }) => [partner, moments])),
    },
    definitions: COHORT_REPORT_DEFINITIONS,
  };
}
