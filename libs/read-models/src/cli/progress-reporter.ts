import { SingleBar } from 'cli-progress';
import { eventsPerSecond, progressLine } from './progress-line';

export interface ProgressReporter {
  advance(events: number): void;
  finish(): void;
}

const PLAIN_EVERY_MS = 1000;

/**
 * A progress bar (events done / total, events/s, time left) on a terminal; on anything
 * else, one plain line a second and one at the end, so logs stay readable.
 */
export function progressReporter(label: string, total: number, out: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = Date.now();
  let done = 0;
  const stats = () => ({ label, done, total, elapsedMs: Date.now() - started });
  if (out.isTTY) {
    const bar = new SingleBar({
      stream: out,
      format: `${label} [{bar}] {value}/{total} events | {rate} events/s | {eta_formatted} left`,
      etaBuffer: 50,
    });
    bar.start(total, 0, { rate: 0 });
    return {
      advance(events) {
        done += events;
        bar.update(done, { rate: eventsPerSecond(stats()) });
      },
      finish: () => bar.stop(),
    };
  }
  let lastLine = 0;
  return {
    advance(events) {
      done += events;
      if (Date.now() - lastLine < PLAIN_EVERY_MS) return;
      lastLine = Date.now();
      out.write(`${progressLine(stats())}\n`);
    },
    finish: () => out.write(`${progressLine(stats())} (done)\n`),
  };
}
