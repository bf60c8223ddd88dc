import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AgreementsModule } from '@app/agreements';
import { DemoModule } from '@app/demo';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { EwpModule } from '@app/ewp';
import { AuthModule } from '@app/http';
import { MobilityModule } from '@app/mobility';
import { ObservabilityModule } from '@app/observability';
import { PartnershipsModule } from '@app/partnerships';
import { RecognitionModule } from '@app/recognition';
import { AuditModule, ReadModelsModule, ReportsModule } from '@app/read-models';
import { WebHostModule } from '@app/web-host';
import { HealthController } from './health.controller';

/** The all-in-one process: every feature module over one event store, and the web pages. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ObservabilityModule.forRoot({ service: 'ledger' }),
    EventStoreModule.forRoot({ personalData: personalFieldsOf }),
    AuthModule,
    AgreementsModule,
    RecognitionModule,
    MobilityModule,
    PartnershipsModule,
    ReadModelsModule.forRoot(),
    AuditModule,
    ReportsModule,
    EwpModule,
    DemoModule,
    // Last: the pages take what no controller answered.
    WebHostModule.forRoot(),
  ],
  controllers: [HealthController],
})
export class LedgerModule {}
