/** Messages shown beside one field, tied to it by id (aria-describedby), as FieldError does for a 400. */
export function FieldMessages({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {messages.join('; ')}
    </span>
  );
}

/** The attributes that mark a field invalid and point to its messages. */
export const invalidWhen = (id: string, messages: string[]) =>
  messages.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
