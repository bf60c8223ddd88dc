import { auditTimelineProjection } from './audit/audit-timeline.projection';
import { Projection } from './projection';
import { agreementFactsProjection } from './reports/agreement-facts.projection';
import { schoolSettingsProjection } from './reports/school-settings.projection';
import { studentRecordsProjection } from './reports/student-records.projection';

/** Every projection the ledger runs, and `npm run projections:rebuild` knows by name. */
export const PROJECTIONS: readonly Projection[] = [
  auditTimelineProjection,
  agreementFactsProjection,
  studentRecordsProjection,
  schoolSettingsProjection,
];
