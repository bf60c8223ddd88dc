import { CohortReport } from './cohort-report';

type Line = [indicator: string, ruleId: string, value: string | number | null];

/** One indicator a line, with the rule it answers: what an auditor pastes into a spreadsheet. */
export function cohortReportLines(report: CohortReport): Line[] {
  const { students, agreements, credits, stays, incoming } = report;
  return [
    ['school', '', report.school],
    ['academic_year', '', report.academicYear],
    ['evaluated_on', '', report.evaluatedOn],
    ['students', '', students.total],
    ['students_without_profile', '', students.withoutProfile],
    ['exempt', 'CTI-MOB-2', students.exempt],
    ['non_exempt', 'CTI-MOB-2', students.nonExempt],
    ...Object.entries(students.byStatus).map(([status, n]): Line => [`status_${status}`, 'CTI-MOB-1', n]),
    ['mobility_rate', 'CTI-MOB-1', students.mobilityRate],
    ...Object.entries(students.derogationsByReason).map(([reason, n]): Line => [`derogation: ${reason}`, 'MOB-STATUS', n]),
    ['agreements_outgoing', 'CTI-LA-1', agreements.outgoing],
    ['agreements_approved', 'CTI-LA-1', agreements.approved],
    ['agreements_departed', 'CTI-LA-1', agreements.departed],
    ['signed_by_all_before_departure', 'CTI-LA-1', agreements.signedByAllBeforeDeparture],
    ['departed_before_signature', 'CTI-LA-1', agreements.departedBeforeSignature],
    ['ewp_not_modified_after_approval', 'CTI-LA-3', agreements.ewp.notModifiedAfterApproval],
    ['ewp_modified_after_approval', 'CTI-LA-3', agreements.ewp.modifiedAfterApproval],
    ['ewp_latest_version_approved', 'CTI-LA-3', agreements.ewp.latestVersionApproved],
    ['ewp_latest_version_rejected', 'CTI-LA-3', agreements.ewp.latestVersionRejected],
    ['ewp_latest_version_awaiting', 'CTI-LA-3', agreements.ewp.latestVersionAwaiting],
    ['planned_ects', 'CTI-LA-2', credits.plannedEcts],
    ['agreements_with_transcript', 'CTI-REC-1', credits.agreementsWithTranscript],
    ['planned_ects_with_transcript', 'CTI-REC-1', credits.plannedEctsWithTranscript],
    ['recognised_ects', 'CTI-REC-1', credits.recognisedEcts],
    ['automatic_ects', 'CTI-REC-1', credits.automaticEcts],
    ['recognised_beyond_plan_ects', 'REC-EXCESS', credits.recognisedBeyondPlanEcts],
    ['automatic_share', 'CTI-REC-1', credits.automaticShare],
    ['failed_components', 'CTI-REC-5', credits.failedComponents],
    ['remedied_components', 'CTI-REC-5', credits.remedied],
    ['lengthened_curriculum', '', stays.lengthenedCurriculum],
    ['individual_stays', 'CTI-MOB-3', stays.individual],
    ['group_stays', 'CTI-MOB-3', stays.group],
    ['low_carbon_travel_stays', 'CTI-MOB-8', stays.lowCarbonTravel.stays],
    ['low_carbon_travel_days_recorded', 'CTI-MOB-8', stays.lowCarbonTravel.daysRecorded],
    ['low_carbon_travel_days_counted', 'CTI-MOB-8', stays.lowCarbonTravel.daysCounted],
    ['incoming_agreements', 'CTI-IN-1', incoming.agreements],
    ['incoming_approved', 'CTI-IN-1', incoming.approved],
    ['incoming_students', 'CTI-IN-1', incoming.students],
  ];
}

/** RFC 4180, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */
export function cohortReportCsv(report: CohortReport): string {
  const field = (value: string | number | null) => {
    const raw = value === null ? '' : String(value);
    return /[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
  };
  const lines = [['indicator', 'rule', 'value'], ...cohortReportLines(report)];
  return lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
