import type { Actor } from '@app/domain';

/** Who asks, and how this request relates to others (for the audit trail and retries). */
export interface RequestContext {
  actor: Actor;
  /** Ties together everything one user action caused, across services. */
  correlationId: string;
  /** This request: the cause of the events it appends. */
  causationId: string;
  /** The client's Idempotency-Key header, if sent. */
  idempotencyKey?: string;
}
