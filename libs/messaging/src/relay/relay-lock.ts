/** One relay publishes at a time; the others wait in `acquire` and take over when it dies. */
export interface RelayLock {
  /** Resolves true once held, or false when `signal` aborts the wait. */
  acquire(signal: AbortSignal): Promise<boolean>;
  /** Throws RelayLockLostError when the lock is known to be gone. */
  confirm(): Promise<void>;
  /**
   * A SQL condition, true only while this relay holds the lock, that guards the checkpoint
   * write in the same statement: a relay that lost its lock cannot move the checkpoint.
   * Its placeholders start at $4.
   */
  fence(): { condition: string; params: unknown[] };
  release(): Promise<void>;
}

export class RelayLockLostError extends Error {
  constructor(relay: string) {
    super(`relay ${relay}: the lock was lost to another relay or with the database connection`);
  }
}
