import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

export interface ServiceChild {
  process: ChildProcess;
  /** The JSON log lines the process printed so far. */
  lines: Record<string, unknown>[];
  waitForMessage(message: string, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
}

export type RelayChild = ServiceChild;

/** `npm run start:relay` as its own OS process, so a test can SIGKILL it for real. */
export const spawnRelay = (env: Record<string, string>): RelayChild => spawnService('apps/relay/src/main.ts', env);

/** A service's entry point (`apps/<name>/src/main.ts`) run as `npm run start:<name>` runs it, in its own OS process. */
export function spawnService(entry: string, env: Record<string, string>): ServiceChild {
  const child = spawn(
    process.execPath,
    [require.resolve('ts-node/dist/bin'), '-r', 'tsconfig-paths/register', '--transpile-only', entry],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: Record<string, unknown>[] = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    for (const line of complete) {
      try {
        lines.push(JSON.parse(line));
      } catch {
        lines.push({ message: line });
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => lines.push({ level: 'stderr', message: chunk.toString() }));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    lines,
    exited,
    async waitForMessage(message, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!lines.some((line) => line.message === message)) {
        if (Date.now() > deadline) throw new Error(`${entry} did not log "${message}": ${JSON.stringify(lines)}`);
        if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}: ${JSON.stringify(lines)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
