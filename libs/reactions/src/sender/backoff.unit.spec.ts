import { retryAt } from './backoff';

describe('retries with exponential backoff', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');
  const settings = { baseMs: 60_000, maxAttempts: 4 };

  it('waits the base delay after the first failure, then doubles it', () => {
    expect(retryAt(now, 0, settings)?.toISOString()).toBe('2026-03-01T10:01:00.000Z');
    expect(retryAt(now, 1, settings)?.toISOString()).toBe('2026-03-01T10:02:00.000Z');
    expect(retryAt(now, 2, settings)?.toISOString()).toBe('2026-03-01T10:04:00.000Z');
  });

  it('gives up once the attempts reach the maximum', () => {
    expect(retryAt(now, 3, settings)).toBeUndefined();
  });
});
