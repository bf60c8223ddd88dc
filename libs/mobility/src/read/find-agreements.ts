import { Actor, AgreementState } from '@app/domain';
import { loadAgreement } from '@app/agreements';
import { AgreementSummaries } from '@app/kernel';
import { EventStore } from '@app/event-store';

/**
 * The agreements list answers per reader; the evaluation needs every agreement of a student
 * or a school whoever asks, once the caller's own access was checked. So it reads as the
 * system, with the reading rights of an auditor.
 */
export const SYSTEM_READER: Actor = { id: 'mobility-module', role: 'auditor' };

export interface AgreementFilter {
  student?: string;
  institution?: string;
}

/** Full states (dates, content) of the agreements the list finds. */
export async function findAgreements(summaries: AgreementSummaries, store: EventStore, filter: AgreementFilter): Promise<AgreementState[]> {
  const found = await summaries.list(SYSTEM_READER, filter);
  const loaded = await Promise.all(found.map(({ mobilityId }) => loadAgreement(store, mobilityId)));
  return loaded.map(({ state }) => state);
}
