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
  what: string;
};

/**
 * The signature an actor adds to a round, or a refusal: a party not in the agreement is
 * 'forbidden' (LA-PARTY), a hash other than the content's is a 'conflict' (CTI-LA-4: the
 * signer read another version), a party out of turn breaks LA-ORDER.
 */
export const signRound = ({ actor, now, content, contentHash, signatures, signedHash, what }: Round): Signature => {
  const party = requireParty(actor, content, SIGNING_ORDER, `sign ${what}`);
  if (signedHash !== contentHash) {
    throw conflict(refusal('staleContentHash', signedHash, contentHash), 'CTI-LA-4');
  }
  const expected = nextSigner(signatures);
  if (party !== expected) {
    const signed = signatures.some((signature) => signature.party === party);
    throw ruleBroken(
      'LA-ORDER',
      signed ? `the ${party} party has already signed ${what}` : `the ${expected} party signs ${what} before the ${party} party`,
    );
  }
  return { party, signer: signerOf(actor), at: now, contentHash };
};

/** Rejections come from institutions, with a reason the student can act on. */
export const requireRejection = (actor: Actor, content: AgreementContent, comment: string, what: string): Party => {
  const party = requireParty(actor, content, ['sending', 'receiving'], `reject ${what}`);
  if (typeof comment !== 'string' || comment.trim() === '') {
    throw invalid(`a rejection of ${what} needs a comment saying what to change`, 'LA-REJECT');
  }
  return party;
};
