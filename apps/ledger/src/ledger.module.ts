import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AgreementsModule } from '@app/agreements';
import { EventStoreModule } from '@app/event-store';
import { AuthModule } from '@app/http';
import { HealthController } from './health.controller';

/** The all-in-one process: every feature module over one event store. */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true }), EventStoreModule.forRoot(), AuthModule, AgreementsModule],
  controllers: [HealthController],
})
export class LedgerModule {}
