import { ApiError } from '../api/client';

/** The API's messages for one field, shown next to it and tied to it by id (aria-describedby). */
export function FieldError({ id, error, field }: { id: string; error?: ApiError; field: string }) {
  const messages = error?.forField(field) ?? [];
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {messages.join('; ')}
    </span>
  );
}
