import { ServiceChild, spawnService } from '@app/messaging/testing';

export interface LedgerProcess {
  baseUrl: string;
  child: ServiceChild;
  /** Resident memory of the ledger's process, in MiB, as its own /metrics reports it. */
  memoryMiB(): Promise<number>;
  /**
   * SIGTERM while `busy` keeps requests in flight (started first, given a second to fill its
   * connections, ended once the process has gone), then the milliseconds until it has exited.
   */
  stop(busy?: () => { stop(): void }): Promise<number>;
}

/** The all-in-one ledger as `npm start` runs it, in its own OS process, on the given store. */
export async function startLedgerProcess(env: Record<string, string>, port: number): Promise<LedgerProcess> {
  const baseUrl = `http://127.0.0.1:${port}`;
  // Another process on the port would answer in the ledger's place and measure another database.
  if (await fetch(`${baseUrl}/health/live`).then(() => true, () => false)) throw new Error(`port ${port} is busy; set BENCH_PORT`);
  const child = spawnService('apps/ledger/src/main.ts', {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    THROTTLE_LIMIT: '1000000000',
    LOG_LEVEL: 'warn',
  });
  const orphaned = () => child.process.kill('SIGKILL');
  process.once('exit', orphaned);
  await waitUntilReady(baseUrl, child);
  return {
    baseUrl,
    child,
    memoryMiB: async () => {
      const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
      return Number(/^process_resident_memory_bytes(?:\{[^}]*\})? (\d+)/m.exec(metrics)?.[1] ?? NaN) / 2 ** 20;
    },
    async stop(busy) {
      const load = busy?.();
      if (load) await new Promise((resolve) => setTimeout(resolve, 1000));
      const started = performance.now();
      child.process.kill('SIGTERM');
      const code = await child.exited;
      const ms = performance.now() - started;
      if (code !== 0) console.error(`the ledger exited with ${code} after SIGTERM: ${JSON.stringify(child.lines.slice(-5))}`);
      load?.stop();
      process.off('exit', orphaned);
      return ms;
    },
  };
}

async function waitUntilReady(baseUrl: string, child: ServiceChild, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`the ledger exited with ${child.process.exitCode}: ${JSON.stringify(child.lines.slice(-5))}`);
    const ready = await fetch(`${baseUrl}/health/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error('the ledger did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
