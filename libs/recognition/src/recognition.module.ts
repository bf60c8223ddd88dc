import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgreementAccessModule } from '@app/agreements';
import { DecideRecognitionHandler } from './application/decide-recognition.handler';
import { RecognitionController } from './http/recognition.controller';
import { GetDiplomaSupplementHandler } from './queries/get-diploma-supplement.query';
import { GetRecognitionHandler } from './queries/get-recognition.query';

/** Transcripts of records, automatic recognition, conversion, failures and remedies (CTI-REC-1..5). */
@Module({
  imports: [CqrsModule, AgreementAccessModule],
  controllers: [RecognitionController],
  providers: [DecideRecognitionHandler, GetRecognitionHandler, GetDiplomaSupplementHandler],
})
export class RecognitionModule {}
