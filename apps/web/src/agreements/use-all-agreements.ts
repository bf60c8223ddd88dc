import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { AgreementSummary, Page } from '../api/types';
import { asApiError, Loaded } from '../api/use-api';

const PAGE_SIZE = 100;

/**
 * Every agreement the person may read, page by page from the API: a coordinator's forty
 * agreements are one or two requests, and the filters then answer at once.
 */
export function useAllAgreements(): Loaded<AgreementSummary[]> {
  const [state, setState] = useState<{ data?: AgreementSummary[]; error?: ApiError; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    (async () => {
      const items: AgreementSummary[] = [];
      for (let page = 1; ; page++) {
        const answer = await api<Page<AgreementSummary>>(`/agreements?page=${page}&pageSize=${PAGE_SIZE}`);
        items.push(...answer.items);
        if (answer.items.length === 0 || items.length >= answer.total) return items;
      }
    })().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: asApiError(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}
