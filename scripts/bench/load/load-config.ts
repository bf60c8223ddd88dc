/** How a load run is sized, read once from the environment. */
export interface LoadConfig {
  /** Agreements seeded before each measure, one fresh database per size. */
  sizes: number[];
  engines: Array<'sqlite' | 'postgres'>;
  /** Measured window of each read and command cell. */
  seconds: number;
  databaseUrl: string;
  port: number;
  outputFile: string;
}

const list = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

export function readLoadConfig(env: NodeJS.ProcessEnv = process.env): LoadConfig {
  const sizes = list(env.BENCH_LOAD_SIZES ?? '1000,10000,100000').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`BENCH_LOAD_SIZES must be positive integers, got ${env.BENCH_LOAD_SIZES}`);
  const engines = list(env.BENCH_LOAD_ENGINES ?? 'sqlite,postgres');
  if (engines.some((engine) => engine !== 'sqlite' && engine !== 'postgres')) throw new Error(`BENCH_LOAD_ENGINES: sqlite, postgres; got ${env.BENCH_LOAD_ENGINES}`);
  return {
    sizes,
    engines: engines as LoadConfig['engines'],
    seconds: Number(env.BENCH_SECONDS ?? 5),
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    port: Number(env.BENCH_PORT ?? 3990),
    outputFile: env.BENCH_OUTPUT ?? 'bench-results/load-bench.json',
  };
}
