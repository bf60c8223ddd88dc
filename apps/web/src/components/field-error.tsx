import type { ApiError } from '../api/client';
import { FieldMessages, invalidWhen } from './field-messages';

/** The API's messages for one field (a 400's `errors[]`), shown next to it and tied to it by id (aria-describedby). */
export function FieldError({ id, error, field }: { id: string; error?: ApiError; field: string }) {
  return <FieldMessages id={id} messages={error?.forField(field) ?? []} />;
}

/** The attributes tying a field to the API's message about it (shown by FieldError with the same id). */
export const fieldProps = (error: ApiError | undefined, field: string, id: string) => invalidWhen(id, error?.forField(field) ?? []);
