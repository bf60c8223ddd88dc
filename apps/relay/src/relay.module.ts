import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ObservabilityModule } from '@app/observability';
import { RelayService } from './relay.service';

/** The relay service: the event store's global log -> Kafka, with its metrics and probes. */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true }), ObservabilityModule.forRoot({ service: 'relay' })],
  providers: [RelayService],
})
export class RelayModule {}
