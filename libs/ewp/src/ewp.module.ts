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
import { GetLaStatsHandler } from './stats/get-la-stats.query';
import { EwpSchemaValidator } from './validation/ewp-schema-validator';

/**
 * Erasmus Without Paper: learning agreements exported, imported and updated as EWP XML, IIAs
 * imported into the partnerships register, transcripts recorded for recognition, all checked against the EWP schemas.
 */
@Module({
  imports: [CqrsModule],
  controllers: [AgreementEwpController, EwpLearningAgreementsController, EwpIiasController, EwpTranscriptsController],
  providers: [{ provide: EwpSchemaValidator, useValue: new EwpSchemaValidator() }, LearningAgreementImport, LearningAgreementUpdate, GetLaStatsHandler, IiaImport, TranscriptImport],
})
export class EwpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(xmlBodyParser).forRoutes(EwpLearningAgreementsController, EwpIiasController, EwpTranscriptsController);
  }
}
