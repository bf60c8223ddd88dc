import { performance } from 'node:perf_hooks';
import { benchBatch } from './bench-events';
import { OpenedSubject } from './bench-subject';

export interface AppendWorkload {
  key: string;
  label: string;
  writers: number;
  batchSize: number;
}

export interface AppendMeasure {
  appends: number;
  events: number;
  seconds: number;
  appendsPerSecond: number;
  eventsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  errors: number;
  firstError?: string;
}

export interface ReadAllMeasure {
  events: number;
  pages: number;
  seconds: number;
  eventsPerSecond: number;
  /** Events the writes stored, to check that the reader saw the whole log. */
  expectedEvents: number;
}

export function appendWorkloads(writers: number, batchSize: number): AppendWorkload[] {
  return [
    { key: 'single-1w', label: 'single event, 1 writer', writers: 1, batchSize: 1 },
    { key: `single-${writers}w`, label: `single event, ${writers} writers`, writers, batchSize: 1 },
    { key: `batch-1w`, label: `${batchSize}-event batch, 1 writer`, writers: 1, batchSize },
    { key: `batch-${writers}w`, label: `${batchSize}-event batch, ${writers} writers`, writers, batchSize },
  ];
}

/**
 * Each writer appends to streams of its own, one after the other, with the expected
 * revision it tracked from the store's answers; so no append should ever conflict and
 * the store's concurrency check is exercised on every call.
 */
export async function runAppends(
  subject: OpenedSubject,
  workload: AppendWorkload,
  seconds: number,
  options: { streamPrefix: string; appendsPerStream: number },
): Promise<AppendMeasure> {
  const latencies: number[] = [];
  let appends = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;

  const writer = async (w: number): Promise<void> => {
    for (let streamNo = 0; performance.now() < deadline; streamNo++) {
      const streamId = `agreement-${options.streamPrefix}w${w}s${streamNo}`;
      let inStream = 0;
      for (let n = 0; n < options.appendsPerStream && performance.now() < deadline; n++) {
        const events = benchBatch(streamId, workload.batchSize, inStream);
        const t0 = performance.now();
        try {
          inStream = await subject.append(streamId, events, inStream);
          latencies.push(performance.now() - t0);
          appends++;
        } catch (error) {
          errors++;
          firstError ??= String((error as Error).message ?? error);
          break; // the stream's revision is unknown now: move on to a new stream
        }
      }
    }
  };

  await Promise.all(Array.from({ length: workload.writers }, (_, w) => writer(w)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    appends,
    events: appends * workload.batchSize,
    seconds: elapsed,
    appendsPerSecond: appends / elapsed,
    eventsPerSecond: (appends * workload.batchSize) / elapsed,
    latencyMs: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) },
    errors,
    firstError,
  };
}

/** Reads the whole global log, page after page, as a catching-up projection would. */
export async function runReadAll(subject: OpenedSubject, pageSize: number, expectedEvents: number): Promise<ReadAllMeasure> {
  // Warm-up: the first pages, untimed, so plans and caches are in place.
  let warm: bigint | null = null;
  for (let i = 0; i < 3; i++) warm = (await subject.readPage(warm, pageSize)).cursor;

  const started = performance.now();
  let cursor: bigint | null = null;
  let events = 0;
  let pages = 0;
  for (;;) {
    const page = await subject.readPage(cursor, pageSize);
    pages++;
    events += page.count;
    cursor = page.cursor;
    if (page.count < pageSize) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { events, pages, seconds, eventsPerSecond: events / seconds, expectedEvents };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
