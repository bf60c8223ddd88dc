import { conflict, nextSigner, partyOf, studentChangesBetween, versionInForce } from '@app/domain';
import type { AgreementCommand, AgreementState, CommandMetadata, Signature } from '@app/domain';
import { ewpRefusal, StaleImport } from '../ewp-refusal-words';
import { ewpRuleBroken } from '../ewp.rules';
import { DocumentSignature, ImportRound, reasonsOfDocument } from './import-rounds';
import { EwpLearningAgreement } from './la-document';
import { asRecorded, showsRecorded, showsSigned } from './recorded-content';
import { signerDetailsOf } from './signer-mapping';
import { diffTables } from './table-diff';

/** Who imports (the token's actor) and the ledger's clock: every command of an import carries them. */
export type Importer = CommandMetadata;

/** The importer's own signature: the token's identity, the position and application the document gives, the ledger's time. */
const ownSignature = ({ actor, now }: Importer, listed: DocumentSignature): CommandMetadata => ({
  actor: { ...actor, ...signerDetailsOf(listed.ewp) },
  now,
});

/** Who drafts or proposes what the document shows: the importer when it is the sending institution, else the sending institution as the document names it. */
const authorOf = (round: ImportRound, importer: Importer): CommandMetadata =>
  partyOf(importer.actor, round.content) === 'sending' ? importer : { actor: round.author, now: importer.now };

const stale = (mobilityId: string, why: StaleImport, proposal?: number) => conflict(ewpRefusal('importStale', mobilityId, why, proposal), 'EWP-LA-IMPORT');

/**
 * The next command of a round open here: the importer's own party signs, as the importer, once
 * the document shows it signed and its turn has come (LA-ORDER); every other party the document
 * shows signed is recorded as the partner's report (LA-REPORT), which counts toward nothing.
 * null once nothing is left to record: the round waits for its parties to sign through the
 * ledger, and later rounds cannot follow yet.
 */
const roundStep = (
  mobilityId: string,
  round: ImportRound,
  signatures: readonly Signature[],
  state: AgreementState,
  importer: Importer,
  sign: 'SignAgreement' | 'SignAmendment',
): AgreementCommand | null => {
  // The round's hash as recorded: the caller found the document showing the round's content.
  const hash = sign === 'SignAgreement' ? state.current!.contentHash : state.proposal!.contentHash;
  const own = partyOf(importer.actor, round.content);
  for (const listed of round.signatures) {
    if (signatures.some((signature) => signature.party === listed.party)) continue;
    if (listed.party === own) {
      if (nextSigner(signatures) !== own) continue;
      return { type: sign, data: { mobilityId, contentHash: hash }, metadata: ownSignature(importer, listed) };
    }
    const reported = state.reportedSignatures.some(
      (report) => report.party === listed.party && report.contentHash === hash && report.claimedAt === listed.claimedAt,
    );
    if (reported) continue;
    const { party, signer, claimedAt } = listed;
    return { type: 'RecordSignatureReport', data: { mobilityId, party, contentHash: hash, signer, claimedAt }, metadata: importer };
  }
  return null;
};

/** The next command of the draft round, or undefined when the store already shows all of it. */
const draftStep = (mobilityId: string, round: ImportRound, state: AgreementState, importer: Importer): AgreementCommand | null | undefined => {
  if (state.status === 'none') {
    return { type: 'DraftAgreement', data: { mobilityId, content: round.content }, metadata: authorOf(round, importer) };
  }
  if (state.status === 'deleted') throw stale(mobilityId, 'draft-deleted');
  const [first] = state.versions;
  if (first) {
    // Once a later version is in force, the document's <student> is that version's, not the first's.
    const shown = state.versions.length > 1 ? { ...round.content, student: first.content.student } : round.content;
    if (!showsSigned(first.content, shown)) throw stale(mobilityId, 'first-version-differs');
    return undefined;
  }
  if (!showsRecorded(state.current!.content, round.content)) {
    if (state.signatures.length > 0) throw stale(mobilityId, 'draft-differs');
    return { type: 'EditDraft', data: { mobilityId, content: round.content }, metadata: authorOf(round, importer) };
  }
  return roundStep(mobilityId, round, state.signatures, state, importer, 'SignAgreement');
};

const amendmentStep = (
  mobilityId: string,
  round: ImportRound,
  state: AgreementState,
  la: EwpLearningAgreement,
  importer: Importer,
): AgreementCommand | null | undefined => {
  const latest = versionInForce(state)!;
  if (showsSigned(latest.content, round.content)) return undefined;
  if (state.versions.some((version) => showsSigned(version.content, round.content))) throw stale(mobilityId, 'later-version-in-force');
  const proposal = state.proposal;
  if (proposal) {
    if (!showsSigned(proposal.content, round.content)) throw stale(mobilityId, 'proposal-differs', proposal.number);
    return roundStep(mobilityId, round, proposal.signatures, state, importer, 'SignAmendment');
  }
  const changes = round.changes ?? diffTables(latest.content, round.content, reasonsOfDocument(la.approvedChanges));
  const studentChanges = studentChangesBetween(latest.content.student, asRecorded(latest.content, round.content).student);
  const data = { mobilityId, changes, ...(Object.keys(studentChanges).length > 0 && { studentChanges }) };
  return { type: 'ProposeAmendment', data, metadata: authorOf(round, importer) };
};

/**
 * The next ordinary command that brings the recorded agreement as close to what the EWP
 * document shows as the importer may take it, or undefined when nothing is left: importing
 * the same document again finds nothing to do. The document's signatures of other parties
 * become reports (LA-REPORT), so a round the document shows signed stays open here until its
 * parties sign through the ledger, and the rounds after it wait. A document that contradicts
 * the history (another first version, a version older than the one in force) is a conflict
 * (EWP-LA-IMPORT).
 */
export const nextImportCommand = (
  la: EwpLearningAgreement,
  rounds: readonly ImportRound[],
  state: AgreementState,
  importer: Importer,
): AgreementCommand | undefined => {
  if (rounds.length === 0) throw ewpRuleBroken('EWP-LA-IMPORT', ewpRefusal('importHoldsNothing', la.omobilityId));
  for (const round of rounds) {
    const step =
      round.kind === 'draft' ? draftStep(la.omobilityId, round, state, importer) : amendmentStep(la.omobilityId, round, state, la, importer);
    if (step === null) return undefined;
    if (step) return step;
  }
  return undefined;
};
