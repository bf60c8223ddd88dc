import { invalid, notFound } from '../errors';
import { refusal } from '../refusals';
import { RequiredText } from './recognition-refusal-words';
import { AgreementSnapshot } from './recognition.commands';
import { RecognitionState } from './recognition.state';

/** The agreement version every command after the transcript is checked against. */
export const requireTranscript = (state: RecognitionState, mobilityId: string): AgreementSnapshot => {
  if (!state.agreement || state.transcripts.length === 0) {
    throw notFound(refusal('noTranscriptFor', mobilityId), 'REC-TRANSCRIPT');
  }
  if (state.mobilityId !== mobilityId) throw invalid(refusal('otherMobility', mobilityId, state.mobilityId));
  return state.agreement;
};

/** The field of the request's body that carries each text. */
const FIELD_OF: Record<RequiredText, string> = {
  decisionReason: 'reason',
  decisionComment: 'comment',
  remedyDescription: 'description',
  correctionReason: 'correctionReason',
};

/** Free text an auditor will read: present and trimmed. */
export const requireText = (text: string | undefined, what: RequiredText, ruleId: string): string => {
  const trimmed = text?.trim();
  if (!trimmed) throw invalid(refusal('textEmpty', what), ruleId, [{ field: FIELD_OF[what], said: refusal('textEmpty', what) }]);
  return trimmed;
};
