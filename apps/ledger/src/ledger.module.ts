import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EventStoreModule } from '@app/event-store';
import { HealthController } from './health.controller';

/** The all-in-one process: every feature module over one event store. */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true }), EventStoreModule.forRoot()],
  controllers: [HealthController],
})
export class LedgerModule {}
