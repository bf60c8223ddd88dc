import { auditTimelineProjection } from './audit/audit-timeline.projection';
import { Projection } from './projection';

/** Every projection the ledger runs, and `npm run projections:rebuild` knows by name. */
export const PROJECTIONS: readonly Projection[] = [auditTimelineProjection];
