import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AgreementsModule } from '@app/agreements';
import { DemoModule } from '@app/demo';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { EwpModule } from '@app/ewp';
import { AuthModule } from '@app/http';
import { Clock, ClockModule, systemClock } from '@app/kernel';
import { MobilityModule } from '@app/mobility';
import { ObservabilityModule } from '@app/observability';
import { PartnershipsModule } from '@app/partnerships';
import { RecognitionModule } from '@app/recognition';
import { AuditModule, ReadModelsModule, ReportsModule } from '@app/read-models';
import { ReactionsModule } from '@app/reactions';
import { WebHostModule } from '@app/web-host';
import { HealthController } from './health.controller';

const ledgerOn = (clock: Clock): ModuleMetadata => ({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ClockModule.forRoot(clock),
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
    ReactionsModule.forRoot(),
    EwpModule,
    DemoModule,
    // Last: the pages take what no controller answered.
    WebHostModule.forRoot(),
  ],
  controllers: [HealthController],
});

@Module({})
class LedgerOnClockModule {}

/** The all-in-one process: every feature module over one event store, and the web pages. */
@Module(ledgerOn(systemClock))
export class LedgerModule {
  /** The same ledger on another clock: the demo seed records each story at the moment it happened. */
  static on(clock: Clock): DynamicModule {
    return { module: LedgerOnClockModule, ...ledgerOn(clock) };
  }
}
