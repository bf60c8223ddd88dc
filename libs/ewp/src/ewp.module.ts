import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { IiaImport } from './application/iia-import';
import { LearningAgreementImport } from './application/learning-agreement-import';
import { LearningAgreementUpdate } from './application/learning-agreement-update';
import { TranscriptImport } from './application/transcript-import';
import { AgreementEwpController } from './http/agreement-ewp.controller';
import { EwpIiasController } from './http/ewp-iias.controller';
import { EwpLearningAgreementsController } from './http/ewp-learning-agreements.controller';
import { EwpTranscriptsController } from './http/ewp-tors.controller';
import { xmlBodyParser } from './http/xml-body';
import { EwpClient } from './network/client/ewp-client';
import { EwpDelivery } from './network/client/ewp-delivery';
import { EwpHostIdentity } from './network/ewp-host-identity';
import { EwpHostLasController } from './network/host/ewp-host-las.controller';
import { EwpHostController } from './network/host/ewp-host.controller';
import { hostRawBody } from './network/host/host-raw-body';
import { HostKeysController } from './network/keys/host-keys.controller';
import { HostedLearningAgreements } from './network/host/hosted-learning-agreements';
import { PartnerAgreementsController } from './network/receiving/partner-agreements.controller';
import { PartnerCopyImport } from './network/receiving/partner-copy-import';
import { PartnerDecisionSender } from './network/receiving/partner-decision';
import { GetLaStatsHandler } from './stats/get-la-stats.query';
import { EwpSchemaValidator } from './validation/ewp-schema-validator';

/**
 * Erasmus Without Paper: learning agreements exported, imported and updated as EWP XML, IIAs
 * imported into the partnerships register, transcripts recorded for recognition, all checked against the EWP schemas;
 * and, with EWP_HEIS set, an EWP host: its APIs served to partners' hosts and theirs called, signed both ways.
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    AgreementEwpController,
    EwpLearningAgreementsController,
    EwpIiasController,
    EwpTranscriptsController,
    // The EWP host (network/): partners' hosts call these, and the coordinators answer partners through the last.
    EwpHostController,
    EwpHostLasController,
    PartnerAgreementsController,
    HostKeysController,
  ],
  providers: [
    { provide: EwpSchemaValidator, useValue: new EwpSchemaValidator() },
    LearningAgreementImport,
    LearningAgreementUpdate,
    GetLaStatsHandler,
    IiaImport,
    TranscriptImport,
    EwpHostIdentity,
    EwpClient,
    EwpDelivery,
    PartnerCopyImport,
    HostedLearningAgreements,
    PartnerDecisionSender,
  ],
})
export class EwpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(xmlBodyParser).forRoutes(EwpLearningAgreementsController, EwpIiasController, EwpTranscriptsController);
    consumer.apply(hostRawBody).forRoutes(EwpHostController, EwpHostLasController);
  }
}
