import { DATE_WINDOW_MS } from './http-signature';

/**
 * The request ids seen within the date window, used as nonces (EWP: a server that verifies
 * them MUST refuse one used before; it needs to keep them only as long as the window, since
 * an older request is refused for its date anyway). Kept in memory: after a restart, a
 * replay still has to pass the five-minute date check.
 */
export class RequestIdMemory {
  private readonly seen = new Map<string, number>();

  /** Records the id; false when it was already seen within the window. */
  remember(requestId: string, now: Date): boolean {
    const at = now.getTime();
    for (const [id, seenAt] of this.seen) {
      if (at - seenAt <= 2 * DATE_WINDOW_MS) break;
      this.seen.delete(id);
    }
    if (this.seen.has(requestId)) return false;
    this.seen.set(requestId, at);
    return true;
  }
}
