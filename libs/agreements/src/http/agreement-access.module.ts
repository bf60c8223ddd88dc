import { Module } from '@nestjs/common';
import { AgreementRelations } from './agreement-relations';

/** Imported by every module with routes on an agreement, so the access guard can place the caller. */
@Module({ providers: [AgreementRelations] })
export class AgreementAccessModule {}
