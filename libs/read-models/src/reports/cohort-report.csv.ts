import type { SurveyMoment } from '@app/domain';
import { CohortReport } from './cohort-report';
import { SurveyMomentFigures } from './survey-figures';
import { CohortReportDefinitions, IndicatorPath } from './cohort-report.definitions';

type Value = string | number | null;
type Line = [indicator: string, ruleId: string, value: Value, definition: string];

/** One figure: its name in the CSV, its path in the JSON report (which names its definition), its value. */
const lineOf = (definitions: CohortReportDefinitions) => (indicator: string, path: IndicatorPath, value: Value): Line => {
  const { ruleId, definition } = definitions[path];
  return [indicator, ruleId, value, definition];
};

/**
 * One indicator a line, with the rule it answers and how it is computed (in the language of
 * the report's definitions): what an auditor pastes into a spreadsheet and reads without the
 * API's documentation.
 */
export function cohortReportLines(report: CohortReport): Line[] {
  const { students, agreements, credits, stays, incoming } = report;
  const line = lineOf(report.definitions);
  return [
    line('school', 'school', report.school),
    line('academic_year', 'academicYear', report.academicYear),
    line('evaluated_on', 'evaluatedOn', report.evaluatedOn),
    line('students', 'students.total', students.total),
    line('students_without_profile', 'students.withoutProfile', students.withoutProfile),
    line('exempt', 'students.exempt', students.exempt),
    line('non_exempt', 'students.nonExempt', students.nonExempt),
    ...Object.entries(students.byStatus).map(([status, n]) => line(`status_${status}`, `students.byStatus.${status}` as IndicatorPath, n)),
    line('mobility_rate', 'students.mobilityRate', students.mobilityRate),
    ...Object.entries(students.derogationsByReason).map(([reason, n]) => line(`derogation: ${reason}`, 'students.derogationsByReason', n)),
    line('agreements_outgoing', 'agreements.outgoing', agreements.outgoing),
    line('agreements_approved', 'agreements.approved', agreements.approved),
    line('agreements_departed', 'agreements.departed', agreements.departed),
    line('signed_by_all_before_departure', 'agreements.signedByAllBeforeDeparture', agreements.signedByAllBeforeDeparture),
    line('departed_before_signature', 'agreements.departedBeforeSignature', agreements.departedBeforeSignature),
    line('ewp_not_modified_after_approval', 'agreements.ewp.notModifiedAfterApproval', agreements.ewp.notModifiedAfterApproval),
    line('ewp_modified_after_approval', 'agreements.ewp.modifiedAfterApproval', agreements.ewp.modifiedAfterApproval),
    line('ewp_latest_version_approved', 'agreements.ewp.latestVersionApproved', agreements.ewp.latestVersionApproved),
    line('ewp_latest_version_rejected', 'agreements.ewp.latestVersionRejected', agreements.ewp.latestVersionRejected),
    line('ewp_latest_version_awaiting', 'agreements.ewp.latestVersionAwaiting', agreements.ewp.latestVersionAwaiting),
    line('planned_ects', 'credits.plannedEcts', credits.plannedEcts),
    line('agreements_with_transcript', 'credits.agreementsWithTranscript', credits.agreementsWithTranscript),
    line('planned_ects_with_transcript', 'credits.plannedEctsWithTranscript', credits.plannedEctsWithTranscript),
    line('recognised_ects', 'credits.recognisedEcts', credits.recognisedEcts),
    line('automatic_ects', 'credits.automaticEcts', credits.automaticEcts),
    line('recognised_beyond_plan_ects', 'credits.recognisedBeyondPlanEcts', credits.recognisedBeyondPlanEcts),
    line('automatic_share', 'credits.automaticShare', credits.automaticShare),
    line('failed_components', 'credits.failedComponents', credits.failedComponents),
    line('remedied_components', 'credits.remedied', credits.remedied),
    line('lengthened_curriculum', 'stays.lengthenedCurriculum', stays.lengthenedCurriculum),
    line('individual_stays', 'stays.individual', stays.individual),
    line('group_stays', 'stays.group', stays.group),
    line('low_carbon_travel_stays', 'stays.lowCarbonTravel.stays', stays.lowCarbonTravel.stays),
    line('low_carbon_travel_days_recorded', 'stays.lowCarbonTravel.daysRecorded', stays.lowCarbonTravel.daysRecorded),
    line('low_carbon_travel_days_counted', 'stays.lowCarbonTravel.daysCounted', stays.lowCarbonTravel.daysCounted),
    line('incoming_agreements', 'incoming.agreements', incoming.agreements),
    line('incoming_approved', 'incoming.approved', incoming.approved),
    line('incoming_students', 'incoming.students', incoming.students),
    ...surveyLines(line, report.surveys['mid-stay'], 'mid-stay'),
    ...surveyLines(line, report.surveys['after-return'], 'after-return'),
    ...Object.entries(report.surveys.byPartner).flatMap(([partner, moments]) => [
      ...surveyLines(line, moments['mid-stay'], 'mid-stay', partner),
      ...surveyLines(line, moments['after-return'], 'after-return', partner),
    ]),
  ];
}

/** CTI-MOB-9: one moment's survey figures, of all partners or one (`survey_after_return_invited: uw.edu.pl`). */
function surveyLines(line: ReturnType<typeof lineOf>, figures: SurveyMomentFigures, moment: SurveyMoment, partner?: string): Line[] {
  const name = (figure: string, key?: string) => {
    const keys = [partner, key].filter((part) => part !== undefined).join(' ');
    return `survey_${moment.replace('-', '_')}_${figure}${keys ? `: ${keys}` : ''}`;
  };
  const path = (figure: 'invited' | 'answered' | 'responseRate' | 'satisfaction'): IndicatorPath => (partner === undefined ? `surveys.${moment}.${figure}` : 'surveys.byPartner');
  return [
    line(name('invited'), path('invited'), figures.invited),
    line(name('answered'), path('answered'), figures.answered),
    line(name('response_rate'), path('responseRate'), figures.responseRate),
    ...Object.entries(figures.satisfaction).map(([questionId, mean]) => line(name('satisfaction', questionId), path('satisfaction'), mean)),
  ];
}

/** RFC 4180, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */
export function cohortReportCsv(report: CohortReport): string {
  const field = (value: Value) => {
    const raw = value === null ? '' : String(value);
    return /[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
  };
  // A definition column rather than comment lines: a spreadsheet shows it beside each figure, and every CSV reader parses it.
  const lines = [['indicator', 'rule', 'value', 'definition'], ...cohortReportLines(report)];
  return lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
