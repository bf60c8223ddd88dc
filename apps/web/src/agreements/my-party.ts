import type { Identity } from '../auth/session';
import type { AgreementSummary, Party } from '../api/types';

interface Parties { studentAccountId?: string; sendingInstitution: string; receivingInstitution: string }

/** The party the signed-in person speaks for in this agreement, as the API decides it (LA-PARTY). */
export function myParty(identity: Identity | undefined, agreement: Parties): Party | undefined {
  if (!identity) return undefined;
  if (identity.role === 'student') return agreement.studentAccountId === identity.sub ? 'student' : undefined;
  if (identity.role === 'sending' && identity.institution === agreement.sendingInstitution) return 'sending';
  if (identity.role === 'receiving' && identity.institution === agreement.receivingInstitution) return 'receiving';
  return undefined;
}

/** Whether the round being signed (draft or amendment) waits for this person's signature now. */
export const waitsFor = (identity: Identity | undefined, item: AgreementSummary): boolean =>
  item.awaiting !== null && myParty(identity, item) === item.awaiting;

/** Whether this person signs agreements at all (students and the staff of a party). */
export const signs = (identity: Identity | undefined): boolean => ['student', 'sending', 'receiving'].includes(identity?.role ?? '');

/** The institution on the other side, from where the person sits. */
export const partnerOf = (identity: Identity | undefined, agreement: Parties): string =>
  identity?.role === 'receiving' ? agreement.sendingInstitution : agreement.receivingInstitution;
