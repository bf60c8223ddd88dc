import { auditTimelineProjection } from './audit/audit-timeline.projection';
import { agreementDirectoryProjection, institutionRegisterProjection, partnershipRegisterProjection, studentRosterProjection } from './directory';
import { Projection } from './projection';
import { agreementFactsProjection } from './reports/agreement-facts.projection';
import { schoolSettingsProjection } from './reports/school-settings.projection';
import { studentRecordsProjection } from './reports/student-records.projection';

/** What the lists of agreements, partnerships, institutions and students read: every service that serves those lists runs them. */
export const DIRECTORY_PROJECTIONS: readonly Projection[] = [agreementDirectoryProjection, partnershipRegisterProjection, institutionRegisterProjection, studentRosterProjection];

/** The audit trail and the cohort report's facts: the projections service's own. */
export const REPORT_PROJECTIONS: readonly Projection[] = [
  auditTimelineProjection,
  agreementFactsProjection,
  studentRecordsProjection,
  schoolSettingsProjection,
];

/** Every projection the ledger runs, and `npm run projections:rebuild` knows by name. */
export const PROJECTIONS: readonly Projection[] = [...REPORT_PROJECTIONS, ...DIRECTORY_PROJECTIONS];
