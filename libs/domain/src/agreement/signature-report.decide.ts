import { conflict, invalid, ruleBroken } from '../errors';
import { SIGNING_ORDER, requireParty, signerOf } from './agreement.actor';
import { RecordSignatureReport } from './agreement.commands';
import { AgreementEvent, Signature } from './agreement.events';
import { requireAgreement } from './agreement.guards';
import { AgreementState } from './agreement.state';

/** The round a report may speak of: the draft before version 1, the open proposal afterwards. */
const openRound = (state: AgreementState, mobilityId: string) => {
  const current = requireAgreement(state, mobilityId);
  if (state.status === 'draft' || state.status === 'signing') {
    return { ...current, signatures: state.signatures, version: 1, what: 'the draft' };
  }
  const proposal = state.proposal;
  if (!proposal) throw ruleBroken('CTI-LA-3', 'no draft or amendment proposal is open: a reported signature has nothing to speak of');
  const { content, contentHash, signatures, number } = proposal;
  return { content, contentHash, signatures, version: state.versions.length + 1, proposalNumber: number, what: `amendment proposal ${number}` };
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
  const reporter = requireParty(metadata.actor, round.content, ['sending', 'receiving'], "record a partner's report of a signature");
  if (!SIGNING_ORDER.includes(data.party)) throw invalid(`${String(data.party)} is not a party of a learning agreement`, 'LA-REPORT');
  if (data.party === reporter) {
    throw ruleBroken('LA-REPORT', `the ${reporter} party signs ${round.what} itself, through the ledger: its signature is not recorded from a document`);
  }
  if (data.contentHash !== round.contentHash) {
    throw conflict(`the report names content hash ${data.contentHash} but ${round.what} is ${round.contentHash}`, 'CTI-LA-4');
  }
  if (typeof data.claimedAt !== 'string' || Number.isNaN(Date.parse(data.claimedAt))) {
    throw invalid(`the claimed time ${String(data.claimedAt)} of the reported signature is not a timestamp`, 'LA-REPORT');
  }
  if (typeof data.signer?.id !== 'string' || data.signer.id === '') throw invalid('a reported signature names whom it is about', 'LA-REPORT');
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
