export interface ProgressStats {
  label: string;
  done: number;
  total: number;
  elapsedMs: number;
}

export const eventsPerSecond = ({ done, elapsedMs }: ProgressStats): number =>
  elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;

/** Seconds left at the rate so far; undefined before there is a rate. */
export function secondsLeft(stats: ProgressStats): number | undefined {
  const rate = eventsPerSecond(stats);
  return rate > 0 ? Math.ceil(Math.max(stats.total - stats.done, 0) / rate) : undefined;
}

/** The plain line printed when the output is not a terminal (CI logs, files). */
export function progressLine(stats: ProgressStats): string {
  const left = secondsLeft(stats);
  return `${stats.label}: ${stats.done}/${stats.total} events, ${eventsPerSecond(stats)} events/s, ${left === undefined ? '?' : `${left}s`} left`;
}
