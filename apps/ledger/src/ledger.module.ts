import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AgreementsModule } from '@app/agreements';
import { EventStoreModule } from '@app/event-store';
import { EwpModule } from '@app/ewp';
import { AuthModule } from '@app/http';
import { MobilityModule } from '@app/mobility';
import { ObservabilityModule } from '@app/observability';
import { RecognitionModule } from '@app/recognition';
import { AuditModule, ReadModelsModule, ReportsModule } from '@app/read-models';
import { HealthController } from './health.controller';

/** The all-in-one process: every feature module over one event store. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ObservabilityModule.forRoot({ service: 'ledger' }),
    EventStoreModule.forRoot(),
    AuthModule,
    AgreementsModule,
    RecognitionModule,
    MobilityModule,
    ReadModelsModule.forRoot(),
    AuditModule,
    ReportsModule,
    EwpModule,
  ],
  controllers: [HealthController],
})
export class LedgerModule {}
