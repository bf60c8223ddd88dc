import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DecideInstitutionHandler } from './application/decide-institution.handler';
import { DecidePartnershipHandler } from './application/decide-partnership.handler';
import { InstitutionsController } from './http/institutions.controller';
import { PartnershipsController } from './http/partnerships.controller';
import { FindInstitutionHandler, SearchInstitutionsHandler } from './queries/institutions.query';
import { ListPartnershipsHandler } from './queries/list-partnerships.query';

/**
 * The partnerships register: partners, inter-institutional agreements, quotas per academic year.
 * The list reads PartnershipRegister, which the read models provide (ReadModelsModule). Beside
 * it, the institutions register: names and countries of the institutions partners, IIAs and
 * agreements name by SCHAC code (InstitutionRegister, from the read models too).
 */
@Module({
  imports: [CqrsModule],
  controllers: [PartnershipsController, InstitutionsController],
  providers: [DecidePartnershipHandler, ListPartnershipsHandler, DecideInstitutionHandler, SearchInstitutionsHandler, FindInstitutionHandler],
})
export class PartnershipsModule {}
