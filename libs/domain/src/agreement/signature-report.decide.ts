import { conflict, invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { SIGNING_ORDER, requireParty, signerOf } from './agreement.actor';
import { RecordSignatureReport } from './agreement.commands';
import { AgreementEvent, Signature } from './agreement.events';
import { requireAgreement } from './agreement.guards';
import { AgreementState } from './agreement.state';

/** The round a report may speak of: the draft before version 1, the open proposal afterwards. */
const openRound = (state: AgreementState, mobilityId: string) => {
  const current = requireAgreement(state, mobilityId);
  if (state.status === 'draft' || state.status === 'signing') {
    return { ...current, signatures: state.signatures, version: 1, proposalNumber: undefined };
  }
  const proposal = state.proposal;
  if (!proposal) throw ruleBroken('CTI-LA-3', refusal('noRoundToReport'));
  const { content, contentHash, signatures, number } = proposal;
  return { content, contentHash, signatures, version: state.versions.length + 1, proposalNumber: number };
};

const signedHere = (signatures: readonly Signature[], party: string) => signatures.some((signature) => signature.party === party);

/**
 * LA-REPORT: staff of an institution of the agreement record what a partner's document says
 * another party signed. The report is the partner's word, kept apart from the signatures: the
 * round's signatures, its status and the CTI-LA-1 check ignore it. A party's own signature is
 * never reported: it signs through the ledger, as itself. A party that signed here already, or
 * the same report again, changes nothing.
 */
export const recordSignatureReport = ({ data, metadata }: RecordSignatureReport, state: AgreementState): AgreementEvent[] => {
  const round = openRound(state, data.mobilityId);
  const reporter = requireParty(metadata.actor, round.content, ['sending', 'receiving'], 'reportSignature');
  if (!SIGNING_ORDER.includes(data.party)) {
    const said = refusal('notAPartyName', String(data.party));
    throw invalid(said, 'LA-REPORT', [{ field: 'party', said }]);
  }
  if (data.party === reporter) {
    throw ruleBroken('LA-REPORT', refusal('reportsOwnSignature', reporter, round.proposalNumber));
  }
  if (data.contentHash !== round.contentHash) {
    throw conflict(refusal('reportStaleHash', data.contentHash, round.proposalNumber, round.contentHash), 'CTI-LA-4');
  }
  if (typeof data.claimedAt !== 'string' || Number.isNaN(Date.parse(data.claimedAt))) {
    const said = refusal('claimedAtNotTimestamp', String(data.claimedAt));
    throw invalid(said, 'LA-REPORT', [{ field: 'claimedAt', said }]);
  }
  if (typeof data.signer?.id !== 'string' || data.signer.id === '') {
    throw invalid(refusal('reportNamesNobody'), 'LA-REPORT', [{ field: 'signer.id', said: refusal('reportNamesNobody') }]);
  }
  if (signedHere(round.signatures, data.party)) return [];
  const known = state.reportedSignatures.some(
    (report) => report.party === data.party && report.contentHash === data.contentHash && report.claimedAt === data.claimedAt,
  );
  if (known) return [];
  return [
    {
      type: 'SignatureReportedByPartner',
      data: {
        mobilityId: data.mobilityId,
        party: data.party,
        signer: signerOf({ ...data.signer, role: data.party }),
        claimedAt: data.claimedAt,
        contentHash: data.contentHash,
        version: round.version,
        ...(round.proposalNumber !== undefined && { proposalNumber: round.proposalNumber }),
        reportedBy: { party: reporter, institution: metadata.actor.institution!, by: signerOf(metadata.actor) },
        at: metadata.now,
      },
    },
  ];
};
