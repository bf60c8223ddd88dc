/**
 * Moves this process's clock to a moment of a demo story, so that the ledger stamps a
 * signature made "in May" in May: the API stamps every command with `new Date()`, and a
 * departure is recorded only once it happened. Only for a ledger running in this process;
 * time keeps flowing from the moment set, and `reset` gives the real clock back.
 */
export interface DemoClock {
  setTo(moment: Date): void;
  reset(): void;
}

const RealDate = Date;

export function processClock(): DemoClock {
  let offset = 0;
  class StoryDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  return {
    setTo: (moment) => {
      offset = moment.getTime() - RealDate.now();
      globalThis.Date = StoryDate as DateConstructor;
    },
    reset: () => {
      offset = 0;
      globalThis.Date = RealDate;
    },
  };
}
