import type { components } from '../api/openapi';

/** The cohort report of /api/reports/cohort, as the OpenAPI document describes it. */
export type CohortReport = components['schemas']['CohortReportResponse'];

export const percent = (ratio: string | null): string => (ratio === null ? '–' : `${(Number(ratio) * 100).toFixed(1)} %`);

/** Academic years around today's, newest first: "2026/2027", "2025/2026", ... */
export function academicYears(today = new Date(), count = 4): string[] {
  const first = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return Array.from({ length: count }, (_, index) => `${first - index}/${first - index + 1}`);
}
