import { Clock } from './clock';

/**
 * The real time until it is set to a moment, from which it keeps running at the real pace;
 * `reset` gives the real time back. The demo tells each story at the moment it happened, so
 * that a signature made "in May" is stamped in May and a departure comes after it.
 */
export class SettableClock implements Clock {
  private offset = 0;

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  setTo(moment: Date): void {
    this.offset = moment.getTime() - Date.now();
  }

  reset(): void {
    this.offset = 0;
  }
}
