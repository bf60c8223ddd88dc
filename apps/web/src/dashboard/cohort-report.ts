/** How the report counts a figure: its rule and, for a ratio, what it divides. */
export interface IndicatorDefinition { ruleId: string; definition: string; numerator?: string; denominator?: string }

/** The cohort report of /api/reports/cohort. */
export interface CohortReport {
  school: string;
  academicYear: string;
  evaluatedOn: string;
  students: {
    total: number;
    withoutProfile: number;
    exempt: number;
    nonExempt: number;
    byStatus: Record<string, number>;
    mobilityRate: string | null;
    derogationsByReason: Record<string, number>;
  };
  agreements: {
    outgoing: number;
    approved: number;
    departed: number;
    signedByAllBeforeDeparture: number;
    departedBeforeSignature: number;
    ewp: { notModifiedAfterApproval: number; modifiedAfterApproval: number; latestVersionApproved: number; latestVersionRejected: number; latestVersionAwaiting: number };
  };
  credits: {
    plannedEcts: string;
    agreementsWithTranscript: number;
    plannedEctsWithTranscript: string;
    recognisedEcts: string;
    automaticEcts: string;
    recognisedBeyondPlanEcts: string;
    automaticShare: string | null;
    failedComponents: number;
    remedied: number;
  };
  stays: { lengthenedCurriculum: number; individual: number; group: number; lowCarbonTravel: { stays: number; daysRecorded: number; daysCounted: number } };
  incoming: { agreements: number; approved: number; students: number };
  definitions: Record<string, IndicatorDefinition | undefined>;
}

export const percent = (ratio: string | null): string => (ratio === null ? '–' : `${(Number(ratio) * 100).toFixed(1)} %`);

/** Academic years around today's, newest first: "2026/2027", "2025/2026", ... */
export function academicYears(today = new Date(), count = 4): string[] {
  const first = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return Array.from({ length: count }, (_, index) => `${first - index}/${first - index + 1}`);
}
