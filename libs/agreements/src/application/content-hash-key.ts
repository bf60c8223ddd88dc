import { AgreementCommand, AgreementState } from '@app/domain';
import { EventStore, personalDataOf } from '@app/event-store';

type Hashing = Extract<AgreementCommand, { type: 'DraftAgreement' | 'EditDraft' | 'ProposeAmendment' }>;
const hashesContent = (command: AgreementCommand): command is Hashing =>
  command.type === 'DraftAgreement' || command.type === 'EditDraft' || command.type === 'ProposeAmendment';

/** The student whose personal fields the new content hash commits to: the command's content's, or the agreement's. */
const studentOf = (command: Hashing, state: AgreementState): string | undefined =>
  command.type === 'ProposeAmendment' ? state.current?.content.student.accountId : command.data.content?.student?.accountId;

/**
 * The command with the student's content-hash key when it hashes new content, so that the hash
 * commits to the student's names, email and birth date under a key that goes at their erasure
 * (scheme 2) and the decider stays pure. A store without personal data protection hashes as before.
 */
export const withContentHashKeyOn = async (store: EventStore, command: AgreementCommand, state: AgreementState): Promise<AgreementCommand> => {
  const protection = personalDataOf(store);
  if (!protection || !hashesContent(command)) return command;
  const studentId = studentOf(command, state);
  if (typeof studentId !== 'string' || studentId === '') return command;
  const contentHashKey = await protection.contentHashKey(studentId);
  return { ...command, data: { ...command.data, contentHashKey } } as AgreementCommand;
};
