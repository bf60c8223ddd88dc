import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ObservabilityModule } from '@app/observability';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { ClockModule } from '@app/kernel';
import { AuthModule } from '@app/http';
import { MessagingModule } from '@app/messaging';
import { AuditModule, REPORT_PROJECTIONS, ReadModelsModule, ReportsModule } from '@app/read-models';

/**
 * The projections service: read models fed from the broker (each event applied once) and
 * the queries over them: audit trails, chain verification, cohort reports.
 */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ClockModule.forRoot(),
    ObservabilityModule.forRoot({ service: 'projections' }),
    EventStoreModule.forRoot({ personalData: personalFieldsOf }),
    AuthModule,
    MessagingModule.forRoot('projections'),
    // The lists' own projections run where the lists are served, fed from the log.
    ReadModelsModule.forRoot({ projections: REPORT_PROJECTIONS, feed: 'kafka' }),
    AuditModule,
    ReportsModule,
  ],
})
export class ProjectionsServiceModule {}
