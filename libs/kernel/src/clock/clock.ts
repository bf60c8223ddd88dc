/**
 * Where the ledger reads the time: the HTTP edge and the handlers stamp each command with
 * `clock.now()`, and the deciders take that moment from the command, so a test or the demo
 * sets one clock instead of the process's `Date`.
 */
export interface Clock {
  now(): Date;
}

/** The Nest provider token of the ledger's clock (`ClockModule`, `InjectClock`). */
export const CLOCK = Symbol('CLOCK');

/** The real time of the machine. */
export const systemClock: Clock = { now: () => new Date() };

/** A calendar day (`YYYY-MM-DD`, UTC) on a clock: "today" for the rules that count days. */
export const todayOn = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
