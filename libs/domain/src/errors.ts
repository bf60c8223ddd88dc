/**
 * Why the domain refused a command. The kind tells the edge how to answer without the
 * domain knowing HTTP: rule -> 422, conflict -> 409, forbidden -> 403, not_found -> 404,
 * invalid -> 400.
 */
export type DomainErrorKind = 'rule' | 'conflict' | 'forbidden' | 'not_found' | 'invalid';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    detail: string,
    /** The rule that refused, e.g. `CTI-LA-4`; it prefixes the message so logs trace back to DOMAIN.md. */
    readonly ruleId?: string,
  ) {
    super(ruleId ? `${ruleId}: ${detail}` : detail);
  }
}

/** A workflow rule forbids the command in the current state. */
export const ruleBroken = (ruleId: string, detail: string) => new DomainError('rule', detail, ruleId);

/** The caller decided on a stale view (content hash, version): reload and decide again. */
export const conflict = (detail: string, ruleId?: string) => new DomainError('conflict', detail, ruleId);

/** The actor is not the party allowed to do this. */
export const forbidden = (detail: string, ruleId?: string) => new DomainError('forbidden', detail, ruleId);

export const notFound = (detail: string, ruleId?: string) => new DomainError('not_found', detail, ruleId);

/** The command itself is malformed, whatever the state. */
export const invalid = (detail: string, ruleId?: string) => new DomainError('invalid', detail, ruleId);

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
