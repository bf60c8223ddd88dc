export { CLOCK, type Clock, systemClock, todayOn } from './clock';
export { ClockModule, InjectClock } from './clock.module';
export { FixedClock } from './fixed-clock';
export { SettableClock } from './settable-clock';
