import type { ApiError } from '../api/client';
import { ErrorMessage } from './error-message';

/**
 * A refusal that names no field the form shows (a rule of the domain, a 403): said once above
 * the form. Refusals naming a shown field are said beside it instead.
 */
export function FormRefusal({ error, fields }: { error?: ApiError; fields: string[] }) {
  if (!error) return null;
  const shown = error.fields.length > 0 && error.fields.every(({ field }) => fields.some((name) => field === name || field.startsWith(`${name}.`)));
  return shown ? null : <ErrorMessage error={error} />;
}
