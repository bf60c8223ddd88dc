import { conflict, contentHash, studentChangesBetween, versionInForce } from '@app/domain';
import type { AgreementCommand, AgreementState, CommandMetadata } from '@app/domain';
import { ewpRuleBroken } from '../ewp.rules';
import { ImportRound, ImportedSignature, reasonsOfDocument } from './import-rounds';
import { EwpLearningAgreement } from './la-document';
import { diffTables } from './table-diff';

const metadataOf = ({ actor, at }: ImportedSignature): CommandMetadata => ({ actor, now: at });

const stale = (mobilityId: string, detail: string) =>
  conflict(`the document for mobility ${mobilityId} does not continue the recorded history: ${detail}`, 'EWP-LA-IMPORT');

/** The next command of the draft round, or undefined when the store already shows all of it. */
const draftStep = (mobilityId: string, round: ImportRound, state: AgreementState): AgreementCommand | null | undefined => {
  const [author] = round.signatures;
  const hash = contentHash(round.content);
  if (state.status === 'none') {
    // The sending institution owns the agreement in EWP: it drafted what the student signed.
    const sending = round.signatures.find((signature) => signature.actor.role === 'sending') ?? author;
    return { type: 'DraftAgreement', data: { mobilityId, content: round.content }, metadata: { actor: sending.actor, now: author.at } };
  }
  if (state.status === 'deleted') throw stale(mobilityId, 'the draft was deleted here');
  const [first] = state.versions;
  if (first) {
    // Once a later version is in force, the document's <student> is that version's, not the first's.
    const shown = state.versions.length > 1 ? contentHash({ ...round.content, student: first.content.student }) : hash;
    if (first.contentHash !== shown) throw stale(mobilityId, 'the first version differs from the one recorded');
    return undefined;
  }
  if (state.current!.contentHash !== hash) {
    if (state.signatures.length > 0) throw stale(mobilityId, 'the draft being signed here has another content');
    const sending = round.signatures[1] ?? author;
    return { type: 'EditDraft', data: { mobilityId, content: round.content }, metadata: metadataOf(sending) };
  }
  const next = round.signatures[state.signatures.length];
  // null: the round is recorded as far as the document goes, and later rounds cannot follow yet.
  return next ? { type: 'SignAgreement', data: { mobilityId, contentHash: hash }, metadata: metadataOf(next) } : null;
};

const amendmentStep = (
  mobilityId: string,
  round: ImportRound,
  state: AgreementState,
  la: EwpLearningAgreement,
): AgreementCommand | null | undefined => {
  const hash = contentHash(round.content);
  const latest = versionInForce(state)!;
  if (latest.contentHash === hash) return undefined;
  if (state.versions.some((version) => version.contentHash === hash)) throw stale(mobilityId, 'a later version is already in force');
  const proposal = state.proposal;
  if (proposal) {
    if (proposal.contentHash !== hash) throw stale(mobilityId, `proposal ${proposal.number} is open here with another content`);
    const next = round.signatures[proposal.signatures.length];
    return next ? { type: 'SignAmendment', data: { mobilityId, contentHash: hash }, metadata: metadataOf(next) } : null;
  }
  const changes = round.changes ?? diffTables(latest.content, round.content, reasonsOfDocument(la.approvedChanges));
  const studentChanges = studentChangesBetween(latest.content.student, round.content.student);
  const data = { mobilityId, changes, ...(Object.keys(studentChanges).length > 0 && { studentChanges }) };
  return { type: 'ProposeAmendment', data, metadata: metadataOf(round.signatures[0]) };
};

/**
 * The next ordinary command that brings the recorded agreement to what the EWP document
 * shows, or undefined when it already does: importing the same document again finds
 * nothing to do. A document that contradicts the history (another first version, a
 * version older than the one in force) is a conflict (EWP-LA-IMPORT).
 */
export const nextImportCommand = (la: EwpLearningAgreement, rounds: readonly ImportRound[], state: AgreementState): AgreementCommand | undefined => {
  if (rounds.length === 0) throw ewpRuleBroken('EWP-LA-IMPORT', `the document for mobility ${la.omobilityId} has neither a first version nor a proposal`);
  for (const round of rounds) {
    const step =
      round.kind === 'draft' ? draftStep(la.omobilityId, round, state) : amendmentStep(la.omobilityId, round, state, la);
    if (step === null) return undefined;
    if (step) return step;
  }
  return undefined;
};
