/** When a failed message is tried again: `baseMs` after the first failure, doubling each time; never after `maxAttempts`. */
export function retryAt(now: Date, attemptsSoFar: number, { baseMs, maxAttempts }: { baseMs: number; maxAttempts: number }): Date | undefined {
  const attempts = attemptsSoFar + 1;
  if (attempts >= maxAttempts) return undefined;
  return new Date(now.getTime() + baseMs * 2 ** (attempts - 1));
}
