import { AgreementState, mobilityIdOfRecognition } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { Reaction, Reactions, nothing } from '../reaction/reaction';
import { agreementFacts, causeOf, currentAgreement } from './agreement-mail.reaction';
import { recipientOf, studentOfAgreement } from './recipients';

/**
 * What the sending school decides on the credits: the automatic recognition of a transcript
 * (CTI-REC-1), a home unit's decision and a decision on credits beyond the plan (REC-EXCESS).
 */
const DECISIONS = new Set(['CreditsRecognised', 'HomeUnitDecided', 'ExtraCreditsDecided']);

/** The student learns that their recognition was decided, with the link to its page. */
export const recognitionMailReaction = (): Reaction<AgreementState> => ({
  name: 'recognition-mail',
  canHandle: (event) => DECISIONS.has(event.type) && mobilityIdOfRecognition(event.streamId) !== undefined,
  contextOf: (event, log) => currentAgreement(mobilityIdOfRecognition(event.streamId)!, log),
  react: (event, agreement) => recognitionDecided(event, agreement),
});

export function recognitionDecided(event: RecordedEvent, agreement: AgreementState): Reactions {
  const recipient = recipientOf(agreement, 'student');
  if (!recipient || !agreement.mobilityId) return nothing();
  return {
    work: [
      {
        key: `recognition-decided:${causeOf(event)}:${recipient.id}`,
        reason: 'recognition-decided',
        recipient,
        subjectId: studentOfAgreement(agreement),
        facts: { ...agreementFacts(agreement), link: `/agreements/${agreement.mobilityId}/recognition` },
      },
    ],
    due: [],
  };
}
