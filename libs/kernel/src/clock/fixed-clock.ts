import { Clock } from './clock';

/** Stands still at the moment it is given until it is set or advanced: for tests that compare times. */
export class FixedClock implements Clock {
  private moment: number;

  constructor(moment: Date | string) {
    this.moment = new Date(moment).getTime();
  }

  now(): Date {
    return new Date(this.moment);
  }

  setTo(moment: Date | string): void {
    this.moment = new Date(moment).getTime();
  }

  advance(milliseconds: number): void {
    this.moment += milliseconds;
  }
}
