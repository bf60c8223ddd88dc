/** Everything a run can be sized by, read once from the environment. */
export interface BenchConfig {
  /** Measured window of each append cell. */
  seconds: number;
  /** Untimed run of the same workload before each append cell. */
  warmupSeconds: number;
  writers: number;
  batchSize: number;
  /** Appends a writer makes to one stream before it opens the next. */
  appendsPerStream: number;
  readPageSize: number;
  databaseUrl: string;
  /** Subject names to run; all when empty. */
  only: string[];
  outputFile: string;
}

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const seconds = Number(env.BENCH_SECONDS ?? 3);
  if (!(seconds > 0)) throw new Error(`BENCH_SECONDS must be a positive number, got ${env.BENCH_SECONDS}`);
  return {
    seconds,
    warmupSeconds: Number(env.BENCH_WARMUP_SECONDS ?? Math.min(1, seconds / 2)),
    writers: Number(env.BENCH_WRITERS ?? 8),
    batchSize: Number(env.BENCH_BATCH_SIZE ?? 100),
    appendsPerStream: Number(env.BENCH_APPENDS_PER_STREAM ?? 50),
    readPageSize: 1000,
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    only: (env.BENCH_SUBJECTS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    outputFile: env.BENCH_OUTPUT ?? 'bench-results/store-bench.json',
  };
}
