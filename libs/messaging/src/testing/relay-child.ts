import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

export interface RelayChild {
  process: ChildProcess;
  /** The JSON log lines the relay printed so far. */
  lines: Record<string, unknown>[];
  waitForMessage(message: string, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
}

/** `npm run start:relay` as its own OS process, so a test can SIGKILL it for real. */
export function spawnRelay(env: Record<string, string>): RelayChild {
  const child = spawn(
    process.execPath,
    [require.resolve('ts-node/dist/bin'), '-r', 'tsconfig-paths/register', '--transpile-only', 'apps/relay/src/main.ts'],
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
        if (Date.now() > deadline) throw new Error(`relay did not log "${message}": ${JSON.stringify(lines)}`);
        if (child.exitCode !== null) throw new Error(`relay exited with ${child.exitCode}: ${JSON.stringify(lines)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
