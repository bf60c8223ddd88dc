/** The cohort report of /api/reports/cohort: only the indicators the dashboard draws. */
export interface CohortReport {
  school: string;
  academicYear: string;
  evaluatedOn: string;
  students: { total: number; withoutProfile: number; exempt: number; nonExempt: number; byStatus: Record<string, number>; mobilityRate: string | null };
  agreements: { outgoing: number; approved: number; departed: number; signedByAllBeforeDeparture: number; departedBeforeSignature: number };
  credits: { plannedEcts: string; recognisedEcts: string; automaticEcts: string; automaticShare: string | null; failedComponents: number; remedied: number };
  incoming: { agreements: number; approved: number; students: number };
}

export const percent = (ratio: string | null): string => (ratio === null ? '–' : `${(Number(ratio) * 100).toFixed(1)} %`);

/** Academic years around today's, newest first: "2026/2027", "2025/2026", ... */
export function academicYears(today = new Date(), count = 4): string[] {
  const first = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return Array.from({ length: count }, (_, index) => `${first - index}/${first - index + 1}`);
}
