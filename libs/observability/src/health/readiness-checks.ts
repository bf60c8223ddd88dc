import { Injectable } from '@nestjs/common';

/** Resolves when the dependency answers; rejects (or takes too long) when it does not. */
export type Probe = () => Promise<unknown>;

export interface ProbeResult {
  status: 'up' | 'down';
  message?: string;
}

const PROBE_TIMEOUT_MS = 2000;

/**
 * What `/health/ready` asks. Modules register their dependencies (the event store, the
 * database, the broker); each probe gets a deadline, since a client library that retries
 * for a minute would otherwise hold the probe, and the orchestrator, for as long.
 */
@Injectable()
export class ReadinessChecks {
  private readonly probes = new Map<string, Probe>();

  register(name: string, probe: Probe): void {
    this.probes.set(name, probe);
  }

  async run(timeoutMs = PROBE_TIMEOUT_MS): Promise<Record<string, ProbeResult>> {
    const results = await Promise.all(
      [...this.probes].map(async ([name, probe]) => [name, await settle(probe, timeoutMs)] as const),
    );
    return Object.fromEntries(results);
  }
}

async function settle(probe: Probe, timeoutMs: number): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe(), deadline]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', message: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
