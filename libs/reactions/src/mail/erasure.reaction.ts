import { studentIdOf } from '@app/domain';
import { Reaction } from '../reaction/reaction';

/**
 * Crypto-shredding reaches the messages: once a student's data is erased, the work and due
 * checks that name them and the .eml files written for them are deleted. Their addresses were
 * sealed anyway; what was sent in clear to the outbox folder is not.
 */
export const erasureReaction = (): Reaction<undefined> => ({
  name: 'erasure',
  canHandle: (event) => event.type === 'StudentDataErased' && studentIdOf(event.streamId) !== undefined,
  contextOf: async () => undefined,
  react: (event) => ({ work: [], due: [], erased: [studentIdOf(event.streamId)!] }),
});
