import { useState } from 'react';
import { ApiError, post } from './client';
import { asApiError } from './use-api';

/**
 * One form's request: `send` posts the body, then runs `done` (which reloads the page and says
 * what happened); a refusal is kept as `error`, for the form to show beside its fields.
 */
export function usePost() {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const send = async (path: string, body: unknown, done: () => Promise<void> | void) => {
    setBusy(true);
    setError(undefined);
    try {
      await post(path, body);
      await done();
    } catch (refused) {
      setError(asApiError(refused));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, send };
}
