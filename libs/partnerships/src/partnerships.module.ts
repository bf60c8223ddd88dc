import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DecidePartnershipHandler } from './application/decide-partnership.handler';
import { PartnershipsController } from './http/partnerships.controller';
import { ListPartnershipsHandler } from './queries/list-partnerships.query';
import { PartnershipRegister } from './read/partnership-register';

/** The partnerships register: partners, inter-institutional agreements, quotas per academic year. */
@Module({
  imports: [CqrsModule],
  controllers: [PartnershipsController],
  providers: [DecidePartnershipHandler, ListPartnershipsHandler, PartnershipRegister],
})
export class PartnershipsModule {}
