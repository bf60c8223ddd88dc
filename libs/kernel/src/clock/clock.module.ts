import { DynamicModule, Inject, Module } from '@nestjs/common';
import { CLOCK, Clock, systemClock } from './clock';

export const InjectClock = () => Inject(CLOCK);

/** Provides the ledger's clock (`CLOCK`) to every module of the app: the system clock unless one is given. */
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = systemClock): DynamicModule {
    return { module: ClockModule, global: true, providers: [{ provide: CLOCK, useValue: clock }], exports: [CLOCK] };
  }
}
