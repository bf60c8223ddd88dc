import type { ApiError } from '../api/client';

/** The attributes tying a field to the API's message about it (shown by FieldError with the same id). */
export const fieldProps = (error: ApiError | undefined, field: string, id: string) => {
  const invalid = (error?.forField(field).length ?? 0) > 0;
  return { 'aria-invalid': invalid ? true : undefined, 'aria-describedby': invalid ? id : undefined } as const;
};
