import {
  AgreementState,
  MobilityFacts,
  mobilityAgreementOf,
  mobilityFactsOf,
  nextSigner,
  versionInForce,
} from '@app/domain';
import type { AgreementEntry } from '@app/kernel';

/** Agreements a partnership's quotas count (LA-PARTNERSHIP): drafted, being signed, or in force. */
const COUNTED: ReadonlySet<AgreementState['status']> = new Set(['draft', 'signing', 'approved', 'amendment-proposed']);

/**
 * What the lists read of one agreement, computed when an event changes it: the summary, the
 * mobility facts the status evaluation and the quotas need. The student's names stay as
 * stored (sealed) and are opened when read.
 */
export function entryOf(state: AgreementState): AgreementEntry | undefined {
  if (!state.current || !state.mobilityId) return undefined;
  const content = state.current.content;
  const round = state.proposal ? state.proposal.signatures : state.signatures;
  const signing = state.status === 'draft' || state.status === 'signing' || state.status === 'amendment-proposed';
  const mobility = mobilityAgreementOf(state);
  const counted: MobilityFacts | undefined = COUNTED.has(state.status) ? mobilityFactsOf(content) : undefined;
  return {
    mobilityId: state.mobilityId,
    status: state.status,
    student: { accountId: content.student.accountId, givenNames: content.student.givenNames, familyName: content.student.familyName },
    sendingInstitution: content.sendingInstitution.heiId,
    receivingInstitution: content.receivingInstitution.heiId,
    receivingAcademicYear: content.receivingAcademicYear,
    versionInForce: versionInForce(state)?.number ?? null,
    awaiting: signing ? (nextSigner(round) ?? null) : null,
    ...(mobility && { mobility }),
    ...(counted && { counted }),
  };
}
