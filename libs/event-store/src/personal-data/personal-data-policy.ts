/** Where a personal value sits in an event's data, whose it is, and what it reads as once erased. */
export interface PersonalField {
  /** The person whose key seals the value (a student's account id). */
  subjectId: string;
  path: readonly (string | number)[];
  /** What the field reads as after the subject's key is deleted: "[erased]", or null for a date. */
  erased: string | null;
}

/**
 * The personal fields of one event, found from what stays in clear (types, parties, ids),
 * so the same policy finds them in plaintext before sealing and in envelopes after.
 */
export type PersonalDataPolicy = (event: { type: string; data: unknown }) => readonly PersonalField[];

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** A copy of `data` with each field replaced; the original is left as it was. */
export function replaceFields(
  data: unknown,
  fields: readonly PersonalField[],
  replace: (field: PersonalField, value: unknown) => unknown,
): unknown {
  const copy = structuredClone(data);
  for (const field of fields) {
    const parent = valueAt(copy, field.path.slice(0, -1)) as Record<string | number, unknown>;
    const last = field.path[field.path.length - 1];
    parent[last] = replace(field, parent[last]);
  }
  return copy;
}
