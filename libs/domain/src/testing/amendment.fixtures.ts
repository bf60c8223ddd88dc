import { Actor } from '../agreement/agreement.actor';
import { AgreementCommand } from '../agreement/agreement.commands';
import { ComponentChange } from '../agreement/amendment.changes';
import { applyChanges } from '../agreement/apply-changes';
import { contentHash } from '../agreement/content-hash';
import { aComponent, aContent, approvalCommands, command, history, receivingStaff, sendingStaff, student } from './agreement.fixtures';

/** Amendments happen during the stay, after the approval at NOW. */
export const LATER = '2026-03-10T12:00:00.000Z';

/** EWP's own example: a course deleted for its language, another inserted in its place. */
export const substitution: ComponentChange[] = [
  { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'language-mismatch' },
  { op: 'insert', table: 'studiedAbroad', component: aComponent('KR630', '6'), reason: 'substituting-deleted' },
];
export const amendedContent = applyChanges(aContent(), substitution);
export const HASH_V2 = contentHash(amendedContent);

export const proposeCommand = (by: Actor = student, changes = substitution, baseVersion?: number) =>
  command('ProposeAmendment', by, { changes, ...(baseVersion !== undefined && { baseVersion }) }, LATER);
export const signAmendmentCommand = (by: Actor, hash = HASH_V2) => command('SignAmendment', by, { contentHash: hash }, LATER);
export const rejectAmendmentCommand = (by: Actor = receivingStaff, comment = 'KR630 is full') =>
  command('RejectAmendment', by, { comment }, LATER);

/** Version 1 approved, the substitution proposed by the student, then the given commands. */
export const withdrawCommand = (by: Actor = student, proposalNumber = 1, comment?: string) =>
  command('WithdrawAmendment', by, { proposalNumber, ...(comment !== undefined && { comment }) }, LATER);
export const proposed = (...then: AgreementCommand[]) => history(...approvalCommands(), proposeCommand(), ...then);
export const signedProposal = (n: 1 | 2) =>
  proposed(...[student, sendingStaff].slice(0, n).map((by) => signAmendmentCommand(by)));
