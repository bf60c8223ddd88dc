import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeMachine } from './machine';
import { Pipeline, RelayBenchSettings, openInProcessPipeline, openKafkaPipeline } from './relay-pipelines';
import { PlannedAppend, Percentiles, appendAtRate, appendFlatOut, eventKey, percentiles, plannedAgreements } from './relay-workload';
import { aligned, markdown } from './report';

/**
 * Store -> relay -> Kafka -> read models against the in-process ProjectionRunner, side by
 * side in one run, each on a PostgreSQL schema of its own: throughput (events appended flat
 * out until the last one is in every read model) and latency at a fixed append rate.
 */
interface RelayBenchConfig extends RelayBenchSettings {
  events: number;
  writers: number;
  ratePerSecond: number;
  seconds: number;
  warmupEvents: number;
  databaseUrl: string;
  outputFile: string;
}

function readConfig(env: NodeJS.ProcessEnv = process.env): RelayBenchConfig {
  return {
    events: Number(env.BENCH_RELAY_EVENTS ?? 3000),
    writers: Number(env.BENCH_RELAY_WRITERS ?? 4),
    ratePerSecond: Number(env.BENCH_RELAY_RATE ?? 50),
    seconds: Number(env.BENCH_RELAY_SECONDS ?? 20),
    warmupEvents: 50,
    brokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((b) => b.trim()),
    partitions: Number(env.KAFKA_PARTITIONS ?? 3),
    relayBatchSize: Number(env.RELAY_BATCH_SIZE ?? 500),
    relayPollMs: Number(env.RELAY_POLL_MS ?? 100),
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    outputFile: env.BENCH_OUTPUT ?? 'bench-results/relay-bench.json',
  };
}

interface PhaseResult {
  events: number;
  /** First append to the last event committed in every read model. */
  elapsedMs: number;
  eventsPerSecond: number;
  /** First append to the last append's acknowledgement. */
  appendMs: number;
  /** Append (client clock, just before the call) to the read models' commit (client clock), per event. */
  latencyMs: Percentiles;
  /** Time inside the projection store's apply calls per event (the runner's four projections summed). */
  storeMsPerEvent: number;
  /** Time committing consumer offsets per event (Kafka only). */
  commitMsPerEvent: number;
}

interface PipelineResult {
  name: string;
  settings: Record<string, string>;
  throughput: PhaseResult;
  fixedRate: PhaseResult & { ratePerSecond: number; seconds: number; scheduleLateMs: number };
  appliedInDatabase: number;
  appended: number;
}

/** Client-clock times of each event's append and of its commit in the read models. */
class Tracker {
  private readonly appendedAt = new Map<string, number>();
  private readonly appliedAt = new Map<string, number>();
  private waiting?: { count: number; resolve: () => void };

  appended = (append: PlannedAppend, at: number) => void this.appendedAt.set(eventKey(append.streamId, append.revision), at);

  applied = (key: string, at: number) => {
    if (!this.appendedAt.has(key) || this.appliedAt.has(key)) return;
    this.appliedAt.set(key, at);
    if (this.waiting && this.appliedAt.size >= this.waiting.count) this.waiting.resolve();
  };

  async allApplied(count: number, timeoutMs: number): Promise<void> {
    if (this.appliedAt.size >= count) return;
    let timer!: NodeJS.Timeout;
    await Promise.race([
      new Promise<void>((resolve) => (this.waiting = { count, resolve })),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`only ${this.appliedAt.size} of ${count} events applied after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  result(start: number, appendedBy: number, storeMs: number, commitMs: number): PhaseResult {
    const latencies = [...this.appendedAt].map(([key, at]) => this.appliedAt.get(key)! - at);
    const elapsedMs = Math.max(...this.appliedAt.values()) - start;
    return {
      events: this.appendedAt.size,
      elapsedMs: Math.round(elapsedMs),
      eventsPerSecond: Math.round((this.appendedAt.size * 1000) / elapsedMs),
      appendMs: Math.round(appendedBy - start),
      latencyMs: percentiles(latencies),
      storeMsPerEvent: Math.round((storeMs / this.appendedAt.size) * 100) / 100,
      commitMsPerEvent: Math.round((commitMs / this.appendedAt.size) * 100) / 100,
    };
  }
}

async function benchPipeline(pipeline: Pipeline, config: RelayBenchConfig): Promise<PipelineResult> {
  const phase = async <T>(run: (tracker: Tracker) => Promise<T>, events: number) => {
    const tracker = new Tracker();
    pipeline.onApplied = tracker.applied;
    const [storeMsBefore, commitMsBefore] = [pipeline.storeMs, pipeline.commitMs];
    const start = performance.now();
    const outcome = await run(tracker);
    const appendedBy = performance.now();
    await tracker.allApplied(events, 120_000);
    return { result: tracker.result(start, appendedBy, pipeline.storeMs - storeMsBefore, pipeline.commitMs - commitMsBefore), outcome };
  };
  const agreements = (events: number) => plannedAgreements(Math.ceil(events / 5));

  const warm = agreements(config.warmupEvents);
  await phase((t) => appendFlatOut(pipeline.store, warm, 1, t.appended), warm.length * 5);
  log(pipeline, 'warmed up (consumer group joined, first events through)');

  const flatOut = agreements(config.events);
  const throughput = (await phase((t) => appendFlatOut(pipeline.store, flatOut, config.writers, t.appended), flatOut.length * 5)).result;
  log(pipeline, `throughput: ${throughput.events} events in ${throughput.elapsedMs} ms: ${throughput.eventsPerSecond} events/s`);

  const steady = agreements(config.ratePerSecond * config.seconds);
  const { result, outcome } = await phase((t) => appendAtRate(pipeline.store, steady, config.ratePerSecond, t.appended), steady.length * 5);
  const fixedRate = { ...result, ratePerSecond: config.ratePerSecond, seconds: config.seconds, scheduleLateMs: Math.round(outcome.lateMs) };
  log(pipeline, `${config.ratePerSecond} events/s: p50 ${fixedRate.latencyMs.p50} ms, p99 ${fixedRate.latencyMs.p99} ms, max ${fixedRate.latencyMs.max} ms`);

  const appended = (warm.length + flatOut.length + steady.length) * 5;
  const appliedInDatabase = await pipeline.countApplied();
  if (appliedInDatabase !== appended) throw new Error(`${pipeline.name}: ${appliedInDatabase} events in the read models, ${appended} appended`);
  return { name: pipeline.name, settings: pipeline.settings, throughput, fixedRate, appliedInDatabase, appended };
}

const log = (pipeline: Pipeline, message: string) => console.log(`${pipeline.name.padEnd(10)} ${message}`);

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');

function tableRows(config: RelayBenchConfig, [base, kafka]: PipelineResult[]): string[][] {
  const t = `${base.throughput.events} events flat out, ${config.writers} writers`;
  const r = `${config.ratePerSecond} events/s for ${config.seconds} s`;
  const row = (label: string, of: (p: PipelineResult) => number) => [label, fmt(of(base)), fmt(of(kafka)), ratio(of(kafka), of(base))];
  return [
    ['measure', 'in-process runner', 'relay + Kafka', 'Kafka / in-process'],
    row(`${t}: events/s to the read models`, (p) => p.throughput.eventsPerSecond),
    row(`${t}: appends alone, events/s`, (p) => Math.round((p.throughput.events * 1000) / p.throughput.appendMs)),
    row(`${t}: last append to last applied, ms`, (p) => p.throughput.elapsedMs - p.throughput.appendMs),
    row(`${t}: latency p50, ms`, (p) => p.throughput.latencyMs.p50),
    row(`${t}: in the projection store, ms per event`, (p) => p.throughput.storeMsPerEvent),
    row(`${t}: committing offsets, ms per event`, (p) => p.throughput.commitMsPerEvent),
    row(`${r}: latency p50, ms`, (p) => p.fixedRate.latencyMs.p50),
    row(`${r}: latency p99, ms`, (p) => p.fixedRate.latencyMs.p99),
    row(`${r}: latency max, ms`, (p) => p.fixedRate.latencyMs.max),
    row(`${r}: latency mean, ms`, (p) => p.fixedRate.latencyMs.mean),
    row(`${r}: in the projection store, ms per event`, (p) => p.fixedRate.storeMsPerEvent),
  ];
}

async function main(): Promise<void> {
  const config = readConfig();
  const startedAt = new Date().toISOString();
  const machine = await describeMachine(config.databaseUrl);
  const results: PipelineResult[] = [];
  // One after the other, never both at once: they share the 2 cores with PostgreSQL and the broker.
  for (const open of [openInProcessPipeline, () => openKafkaPipeline(config)]) {
    const pipeline = await open();
    try {
      results.push(await benchPipeline(pipeline, config));
    } finally {
      await pipeline.close();
    }
  }
  const rows = tableRows(config, results);
  const { databaseUrl: _hidden, ...shownConfig } = config;
  mkdirSync(dirname(config.outputFile), { recursive: true });
  writeFileSync(config.outputFile, JSON.stringify({ startedAt, machine, config: shownConfig, pipelines: results }, null, 2));
  writeFileSync(config.outputFile.replace(/\.json$/, '.md'), `${markdown(rows)}\n`);
  console.log(`\n${aligned(rows)}\n\nWritten to ${config.outputFile}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
