import type { AgreementContent, AgreementState, Party } from '@app/domain';
import { versionInForce } from '@app/domain';
import type { MailLanguage, Recipient } from '../reaction/work-item';

/**
 * The language a party reads: French for a French institution (its SCHAC code ends in .fr)
 * and for the students it sends, English for every partner abroad. The ledger records no
 * one's preferred language yet; the institution's country is what the offices go by.
 */
export const languageOfInstitution = (heiId: string): MailLanguage => (heiId.toLowerCase().endsWith('.fr') ? 'fr' : 'en');

/** The content the parties act on: the open proposal's, else the draft or version in force. */
export const contentOf = (state: AgreementState): AgreementContent | undefined => (state.proposal ?? state.current)?.content;

/**
 * Where a party of the agreement is written to: the student at the address of the agreement's
 * student block (sealed as recorded), an institution at its contact person, else at the last
 * address one of its signers gave. Undefined when the ledger knows none.
 */
export function recipientOf(state: AgreementState, party: Party): Recipient | undefined {
  const content = contentOf(state);
  if (!content) return undefined;
  if (party === 'student') {
    const { email, accountId } = content.student;
    if (!email) return undefined;
    return { id: `student:${accountId}`, address: email, language: languageOfInstitution(content.sendingInstitution.heiId) };
  }
  const institution = party === 'sending' ? content.sendingInstitution : content.receivingInstitution;
  const address = institution.contactPerson?.email ?? lastSignerAddress(state, party);
  if (!address) return undefined;
  return { id: `${party}:${institution.heiId}`, address, language: languageOfInstitution(institution.heiId) };
}

/** The address the party's last signer gave with their signature, if any. */
function lastSignerAddress(state: AgreementState, party: Party): string | undefined {
  const signatures = [...(versionInForce(state)?.signatures ?? []), ...state.signatures, ...(state.proposal?.signatures ?? [])];
  const email = signatures.filter((signature) => signature.party === party).at(-1)?.signer.email;
  return typeof email === 'string' ? email : undefined;
}

/** The student the agreement names, whose personal data the messages about it hold. */
export const studentOfAgreement = (state: AgreementState): string | undefined => contentOf(state)?.student.accountId;
