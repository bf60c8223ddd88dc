export { AuditModule } from './audit.module';
export { AUDIT_TIMELINE, auditTimelineProjection } from './audit-timeline.projection';
export { actorWords, auditSentence } from './audit-sentence';
export { auditTimelineCsv, toAuditEntry } from './audit-timeline.view';
export type { AuditEntry, AuditTimeline } from './audit-timeline.view';
export { chainReport } from './chain-report';
export type { ChainReport } from './chain-report';
export { BrokenChainError, assertAllChainsIntact, auditExitCode, auditSummaryLines, verifyAllStreams } from './verify-all-streams';
export type { StoreAudit } from './verify-all-streams';
