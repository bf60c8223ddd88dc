import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ObservabilityModule } from '@app/observability';
import { AgreementsModule } from '@app/agreements';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { AuthModule } from '@app/http';
import { MobilityModule } from '@app/mobility';
import { PartnershipsModule } from '@app/partnerships';

/**
 * The agreements service: learning-agreement commands and reads, and the registry they
 * depend on (schools' regulations, students' records and mobility status).
 */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ObservabilityModule.forRoot({ service: 'agreements' }),
    EventStoreModule.forRoot({ personalData: personalFieldsOf }),
    AuthModule,
    AgreementsModule,
    MobilityModule,
    PartnershipsModule,
  ],
})
export class AgreementsServiceModule {}
