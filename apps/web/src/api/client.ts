import { session } from '../auth/session';
import { readerLanguage } from '../i18n/reader-language';

/** One invalid field of a 400, as the API lists them in `errors[]`. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** A refusal from the API: its status, message, rule id and the invalid fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly ruleId?: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  /** The messages for one field (its path as the API names it, e.g. `comment` or `changes.0.code`). */
  forField(field: string): string[] {
    return this.fields.filter((error) => error.field === field || error.field.startsWith(`${field}.`)).flatMap((error) => error.messages);
  }
}

type Body = { message?: string; ruleId?: string; errors?: { field: string; constraints?: Record<string, string> }[] };

async function refusal(response: Response): Promise<ApiError> {
  const body: Body = await response.json().catch(() => ({}));
  const fields = (body.errors ?? []).map(({ field, constraints }) => ({ field, messages: Object.values(constraints ?? {}) }));
  return new ApiError(response.status, body.message ?? response.statusText, body.ruleId, fields);
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = session.token();
  const response = await fetch(`/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: 'application/json',
      // The server says its sentences (explanations, warnings, refusals) in the reader's language.
      'Accept-Language': readerLanguage(),
      ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
      ...(token && { Authorization: `Bearer ${token}` }),
    },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  if (response.status === 401) session.expire();
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as T;
}

export const post = <T>(path: string, body: unknown) => api<T>(path, { method: 'POST', body });

/** A file the API serves (CSV, XML) downloaded with the bearer token, which a plain link cannot carry. */
export async function download(path: string, filename: string, accept: string): Promise<void> {
  const response = await fetch(`/api${path}`, { headers: { Accept: accept, 'Accept-Language': readerLanguage(), Authorization: `Bearer ${session.token()}` } });
  if (!response.ok) throw await refusal(response);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}

/** A document the API serves (a PDF), fetched with the session's token. */
export async function apiBlob(path: string): Promise<Blob> {
  const token = session.token();
  const response = await fetch(`/api${path}`, { headers: { 'Accept-Language': readerLanguage(), ...(token && { Authorization: `Bearer ${token}` }) } });
  if (response.status === 401) session.expire();
  if (!response.ok) throw await refusal(response);
  return response.blob();
}
