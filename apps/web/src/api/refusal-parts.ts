/** What these functions read of an ApiError (client.ts), so that they stand apart from the browser's session. */
export interface Refusal {
  message: string;
  ruleId?: string;
  fields: { field: string }[];
  forField(field: string): string[];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A workflow refusal (422, or a 400 of the domain) names its rule and, in its message, the
 * lines at fault ("KR611: credits 0 ...; KR612 is not in ..."), not a field path. The parts of
 * the message that name one line (its code, or its place such as `studiedAbroad[0]`) are what
 * the form shows beside that line; each part is prefixed with the rule, which is the same in
 * every language the API answers in.
 */
export function refusalParts(error: Refusal | undefined, key: string, rules: readonly string[]): string[] {
  if (!error || !error.ruleId || error.fields.length > 0 || !rules.includes(error.ruleId) || !key) return [];
  const prefix = `${error.ruleId}: `;
  const body = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const named = new RegExp(`(^|[^\\w-])${escaped(key)}($|[^\\w-])`);
  return body
    .split('; ')
    .filter((part) => named.test(part))
    .map((part) => `${error.ruleId}: ${part}`);
}

/** The messages of one field: the 400's `errors[]` for its path first, else the rule's parts naming its line. */
export function fieldMessages(error: Refusal | undefined, path: string, line?: { key: string; rules: readonly string[] }): string[] {
  const listed = error?.forField(path) ?? [];
  if (listed.length > 0 || !line) return listed;
  return refusalParts(error, line.key, line.rules);
}
