import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, ApiError } from './client';

/** A page's data: `reload` fetches again and settles once the new answer is shown, so a message can follow it. */
export interface Loaded<T> { data?: T; error?: ApiError; reload: () => Promise<void> }

/** Runs `load` when `key` changes or on reload, and keeps its answer (the previous one stays shown meanwhile). */
export function useLoaded<T>(key: string | undefined, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError }>({});
  const [generation, setGeneration] = useState(0);
  const settled = useRef<(() => void)[]>([]);
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    setState((previous) => ({ data: previous.data }));
    const settle = (next: { data?: T; error?: ApiError }) => {
      if (!current) return;
      setState(next);
      settled.current.splice(0).forEach((resolve) => resolve());
    };
    load().then(
      (data) => settle({ data }),
      (error: unknown) => settle({ error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render; `key` names what it loads.
  }, [key, generation]);
  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        settled.current.push(resolve);
        setGeneration((n) => n + 1);
      }),
    [],
  );
  return { ...state, reload };
}

/** GET a path and keep its answer; a change of path or of the reader's language, or a reload, fetches again. */
export function useApi<T>(path: string | undefined): Loaded<T> {
  const { language } = useI18n();
  return useLoaded(path === undefined ? undefined : `${language} ${path}`, () => api<T>(path!));
}

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(0, error instanceof Error ? error.message : String(error));
