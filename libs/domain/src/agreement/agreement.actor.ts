import { forbidden } from '../errors';
import { refusal } from '../refusals';
import type { PartyAction } from './agreement-refusal-words';
import { AgreementContent } from './agreement.content';

export type ActorRole = 'student' | 'sending' | 'receiving' | 'auditor' | 'admin';

/** Who sends the command, as the edge authenticated them. */
export type Actor = {
  id: string;
  role: ActorRole;
  /** SCHAC code of the institution a staff member acts for. */
  institution?: string;
  name?: string;
  email?: string;
  /** Position held and application used, as an EWP signature names them (set for signatures received over EWP). */
  position?: string;
  signerApp?: string;
};

/** The three parties of a learning agreement, in EWP signing order. */
export type Party = 'student' | 'sending' | 'receiving';
export const SIGNING_ORDER: readonly Party[] = ['student', 'sending', 'receiving'];

/**
 * The party this actor speaks for in this agreement, or undefined. A role alone is not
 * enough: a student acts only on their own agreement, staff only for the institution named
 * in it. Auditors read and never act; admins run the system and never sign for a party.
 */
/** What tells the parties of an agreement apart: enough for access, without the rest of its content. */
export type AgreementParties = {
  student: Pick<AgreementContent['student'], 'accountId'>;
  sendingInstitution: Pick<AgreementContent['sendingInstitution'], 'heiId'>;
  receivingInstitution: Pick<AgreementContent['receivingInstitution'], 'heiId'>;
};

export const partyOf = (actor: Actor, content: AgreementParties): Party | undefined => {
  switch (actor.role) {
    case 'student':
      return actor.id === content.student.accountId ? 'student' : undefined;
    case 'sending':
      return actor.institution !== undefined && actor.institution === content.sendingInstitution.heiId ? 'sending' : undefined;
    case 'receiving':
      return actor.institution !== undefined && actor.institution === content.receivingInstitution.heiId
        ? 'receiving'
        : undefined;
    default:
      return undefined;
  }
};

/**
 * The actor's party when it is one of `allowed`; otherwise a 'forbidden' refusal (LA-PARTY)
 * that says the `action` refused, of amendment proposal `proposal` or of the draft.
 */
export const requireParty = (actor: Actor, content: AgreementContent, allowed: readonly Party[], action: PartyAction, proposal?: number): Party => {
  const party = partyOf(actor, content);
  if (party === undefined) {
    throw forbidden(refusal('notAParty', actor.role, actor.id, action, proposal), 'LA-PARTY');
  }
  if (!allowed.includes(party)) {
    throw forbidden(refusal('partyCannot', party, action, allowed, proposal), 'LA-PARTY');
  }
  return party;
};

/**
 * Auditors read and never act. A CTI expert's token names no institution and reads every
 * school; a school's quality office names its school and reads that school only.
 */
export const auditsInstitution = (actor: Actor, ...institutions: string[]): boolean =>
  actor.role === 'auditor' && (actor.institution === undefined || institutions.includes(actor.institution));

/** Who may read an agreement: its parties, admins, and the auditors of either institution. */
export const mayReadAgreement = (actor: Actor, content: AgreementParties): boolean =>
  actor.role === 'admin' ||
  auditsInstitution(actor, content.sendingInstitution.heiId, content.receivingInstitution.heiId) ||
  partyOf(actor, content) !== undefined;

/** The identity a signature or an audit record keeps of the actor. */
export type Signer = { id: string; name?: string; email?: string; position?: string; signerApp?: string };
export const signerOf = ({ id, name, email, position, signerApp }: Actor): Signer => ({
  id,
  // Absent rather than undefined: events go through JSON, and equal signers must stay equal.
  ...(name !== undefined && { name }),
  ...(email !== undefined && { email }),
  ...(position !== undefined && { position }),
  ...(signerApp !== undefined && { signerApp }),
});
