/** A day in milliseconds: reminders count whole days of 24 hours on the injected clock. */
export const DAY = 24 * 60 * 60 * 1000;

/** The moment `days` days after `moment`, as the due table stores it (ISO). */
export const daysAfter = (moment: Date, days: number): string => new Date(moment.getTime() + days * DAY).toISOString();
