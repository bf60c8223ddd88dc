import type { Said } from './refusals';

/**
 * Why the domain refused a command. The kind tells the edge how to answer without the
 * domain knowing HTTP: rule -> 422, conflict -> 409, forbidden -> 403, not_found -> 404,
 * invalid -> 400.
 */
export type DomainErrorKind = 'rule' | 'conflict' | 'forbidden' | 'not_found' | 'invalid';

/** A refusal's detail: a sentence in every language (`refusal(...)`), or English alone for those not yet told in each. */
export type Detail = string | Said;

/**
 * What a refusal says of one field of the command, by its path in the command's data as the
 * JSON API's body carries it (`content.studiedAbroad.0.credits`, `components.2.code`): the
 * edge lists them as the 400s list the fields class-validator refuses, so that a form says
 * each beside its field.
 */
export type FieldRefusal = Readonly<{ field: string; said: Said }>;

export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** The detail in each language, when the refusal has its sentence in every one. */
  readonly said?: Said;

  constructor(
    readonly kind: DomainErrorKind,
    detail: Detail,
    /** The rule that refused, e.g. `CTI-LA-4`; it prefixes the message so logs trace back to DOMAIN.md. */
    readonly ruleId?: string,
    /** The fields at fault, each with its own sentence; the detail says them all together. */
    readonly fields: readonly FieldRefusal[] = [],
  ) {
    const english = typeof detail === 'string' ? detail : detail.en;
    super(ruleId ? `${ruleId}: ${english}` : english);
    if (typeof detail !== 'string') this.said = detail;
  }
}

/** A workflow rule forbids the command in the current state. */
export const ruleBroken = (ruleId: string, detail: Detail, fields?: readonly FieldRefusal[]) => new DomainError('rule', detail, ruleId, fields);

/** The caller decided on a stale view (content hash, version): reload and decide again. */
export const conflict = (detail: Detail, ruleId?: string) => new DomainError('conflict', detail, ruleId);

/** The actor is not the party allowed to do this. */
export const forbidden = (detail: Detail, ruleId?: string) => new DomainError('forbidden', detail, ruleId);

export const notFound = (detail: Detail, ruleId?: string) => new DomainError('not_found', detail, ruleId);

/** The command itself is malformed, whatever the state. */
export const invalid = (detail: Detail, ruleId?: string, fields?: readonly FieldRefusal[]) => new DomainError('invalid', detail, ruleId, fields);

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
