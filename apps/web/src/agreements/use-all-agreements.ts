import { api } from '../api/client';
import type { AgreementSummary, Page } from '../api/types';
import { Loaded, useLoaded } from '../api/use-api';

const PAGE_SIZE = 100;

async function allAgreements(): Promise<AgreementSummary[]> {
  const items: AgreementSummary[] = [];
  for (let page = 1; ; page++) {
    const answer = await api<Page<AgreementSummary>>(`/agreements?page=${page}&pageSize=${PAGE_SIZE}`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

/**
 * Every agreement the person may read, page by page from the API: a coordinator's forty
 * agreements are one or two requests, and the filters then answer at once. `enabled` false
 * (someone who signs nothing) loads nothing.
 */
export const useAllAgreements = (enabled = true): Loaded<AgreementSummary[]> => useLoaded(enabled ? 'all' : undefined, allAgreements);
