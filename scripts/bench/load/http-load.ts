import autocannon from 'autocannon';

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** One autocannon run; latencies are taken from every response, so that any percentile can be read. */
export async function runLoad(options: autocannon.Options): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status >= 400) errors += 1;
    });
  });
  if (result.errors || errors) {
    console.error(`${options.title ?? options.url}: ${errors} answers >= 400, ${result.errors} errors (${result.timeouts} timeouts, ${result.resets} resets)`);
  }
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
  const seconds = result.duration || 1;
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    errors: errors + result.errors,
  };
}

/**
 * Waits until the server answers its liveness probe at once: requests a cell left in flight
 * when its window closed would otherwise slow down the next cell.
 */
export async function settle(baseUrl: string): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    const started = performance.now();
    await fetch(`${baseUrl}/health/live`).then((response) => response.arrayBuffer());
    if (performance.now() - started < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The milliseconds one GET takes, and its status. */
export async function timedGet(url: string, token: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/**
 * Requests kept in flight until stopped, on `connections` keep-alive connections, answers
 * ignored: what a ledger asked to close finds on its connections. Errors (connections cut,
 * refused) are expected once it closes.
 */
export function keepBusy(options: Pick<autocannon.Options, 'url' | 'connections' | 'requests'>): { stop(): void } {
  const instance = autocannon({ ...options, duration: 3600 }, () => undefined);
  instance.on('error', () => undefined);
  return { stop: () => instance.stop() };
}
