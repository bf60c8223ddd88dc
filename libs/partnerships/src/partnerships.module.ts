import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DecidePartnershipHandler } from './application/decide-partnership.handler';
import { PartnershipsController } from './http/partnerships.controller';
import { ListPartnershipsHandler } from './queries/list-partnerships.query';

/**
 * The partnerships register: partners, inter-institutional agreements, quotas per academic year.
 * The list reads PartnershipRegister, which the read models provide (ReadModelsModule).
 */
@Module({
  imports: [CqrsModule],
  controllers: [PartnershipsController],
  providers: [DecidePartnershipHandler, ListPartnershipsHandler],
})
export class PartnershipsModule {}
