import { Module } from '@nestjs/common';
import { AgreementSummaries } from './agreement-summaries';

/** The agreements list on its own, for features that list agreements without serving the agreements API. */
@Module({ providers: [AgreementSummaries], exports: [AgreementSummaries] })
export class AgreementSummariesModule {}
