import { useState } from 'react';
import { ApiError, api } from './client';
import { asApiError } from './use-api';

/**
 * One form's request with any method (PUT, DELETE, POST): `send` resolves true once `done` has
 * run (the page reloaded and said what happened); a refusal is kept as `error` for the form to
 * show beside its fields, and nothing else changes on the page.
 */
export function useSend() {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const send = async <T,>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, done: (answer: T) => Promise<void> | void): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api<T>(path, { method, body });
      await done(answer);
      return true;
    } catch (refused) {
      setError(asApiError(refused));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, send, clear: () => setError(undefined) };
}
