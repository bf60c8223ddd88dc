import { conflict, invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { Actor, Party, SIGNING_ORDER, requireParty, signerOf } from './agreement.actor';
import { AgreementContent } from './agreement.content';
import { Signature } from './agreement.events';

/** The party whose signature comes next in EWP order, or undefined when all three signed. */
export const nextSigner = (signatures: readonly Signature[]): Party | undefined => SIGNING_ORDER[signatures.length];

type Round = {
  actor: Actor;
  now: string;
  /** The content being signed and its hash (CTI-LA-4). */
  content: AgreementContent;
  contentHash: string;
  signatures: readonly Signature[];
  /** The hash the signer says they read. */
  signedHash: string;
  /** The amendment proposal signed; the draft when absent. */
  proposal?: number;
};

/**
 * The signature an actor adds to a round, or a refusal: a party not in the agreement is
 * 'forbidden' (LA-PARTY), a hash other than the content's is a 'conflict' (CTI-LA-4: the
 * signer read another version), a party out of turn breaks LA-ORDER.
 */
export const signRound = ({ actor, now, content, contentHash, signatures, signedHash, proposal }: Round): Signature => {
  const party = requireParty(actor, content, SIGNING_ORDER, 'sign', proposal);
  if (signedHash !== contentHash) {
    throw conflict(refusal('staleContentHash', signedHash, contentHash), 'CTI-LA-4');
  }
  const expected = nextSigner(signatures);
  if (party !== expected) {
    const signed = signatures.some((signature) => signature.party === party);
    throw ruleBroken('LA-ORDER', signed || !expected ? refusal('alreadySigned', party, proposal) : refusal('signsBefore', expected, party, proposal));
  }
  return { party, signer: signerOf(actor), at: now, contentHash };
};

/** Rejections come from institutions, with a reason the student can act on. */
export const requireRejection = (actor: Actor, content: AgreementContent, comment: string, proposal?: number): Party => {
  const party = requireParty(actor, content, ['sending', 'receiving'], 'reject', proposal);
  if (typeof comment !== 'string' || comment.trim() === '') {
    throw invalid(refusal('rejectionNeedsComment', proposal), 'LA-REJECT');
  }
  return party;
};
