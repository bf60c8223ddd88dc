import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgreementAccessModule } from '@app/agreements';
import { AuditController } from './audit.controller';
import { GetAuditTimelineHandler } from './get-audit-timeline.query';
import { VerifyAgreementChainHandler } from './verify-agreement-chain.query';

/** An agreement's audit trail (the audit_timeline projection) and its hash-chain check. Needs ReadModelsModule. */
@Module({
  imports: [CqrsModule, AgreementAccessModule],
  controllers: [AuditController],
  providers: [GetAuditTimelineHandler, VerifyAgreementChainHandler],
})
export class AuditModule {}
