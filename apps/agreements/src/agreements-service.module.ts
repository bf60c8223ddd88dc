import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AgreementsModule } from '@app/agreements';
import { EventStoreModule } from '@app/event-store';
import { AuthModule } from '@app/http';
import { MobilityModule } from '@app/mobility';

/**
 * The agreements service: learning-agreement commands and reads, and the registry they
 * depend on (schools' regulations, students' records and mobility status).
 */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true }), EventStoreModule.forRoot(), AuthModule, AgreementsModule, MobilityModule],
})
export class AgreementsServiceModule {}
