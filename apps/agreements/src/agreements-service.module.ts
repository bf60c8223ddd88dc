import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ObservabilityModule } from '@app/observability';
import { AgreementsModule } from '@app/agreements';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { ClockModule } from '@app/kernel';
import { AuthModule } from '@app/http';
import { DIRECTORY_PROJECTIONS, ReadModelsModule } from '@app/read-models';
import { MobilityModule } from '@app/mobility';
import { PartnershipsModule } from '@app/partnerships';

/**
 * The agreements service: learning-agreement commands and reads, and the registry they
 * depend on (schools' regulations, students' records and mobility status).
 */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ClockModule.forRoot(),
    ObservabilityModule.forRoot({ service: 'agreements' }),
    EventStoreModule.forRoot({ personalData: personalFieldsOf }),
    AuthModule,
    AgreementsModule,
    MobilityModule,
    PartnershipsModule,
    // The lists of agreements and partnerships, read from their projections, fed from the log here.
    ReadModelsModule.forRoot({ projections: DIRECTORY_PROJECTIONS }),
  ],
})
export class AgreementsServiceModule {}
