import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DecideAgreementHandler } from './application/decide-agreement.handler';
import { AgreementAccessModule } from './http/agreement-access.module';
import { AgreementsController } from './http/agreements.controller';
import { GetAgreementHandler } from './queries/get-agreement.query';
import { GetAgreementEventsHandler } from './queries/get-agreement-events.query';
import { GetAgreementVersionHandler } from './queries/get-agreement-version.query';
import { ListAgreementsHandler } from './queries/list-agreements.query';

/**
 * Learning agreements: drafting, tri-party signing, amendments, stay dates (CTI-LA-1..4). The
 * list reads AgreementSummaries, which the read models provide (ReadModelsModule).
 */
@Module({
  imports: [CqrsModule, AgreementAccessModule],
  controllers: [AgreementsController],
  providers: [
    DecideAgreementHandler,
    GetAgreementHandler,
    GetAgreementVersionHandler,
    GetAgreementEventsHandler,
    ListAgreementsHandler,
  ],
})
export class AgreementsModule {}
