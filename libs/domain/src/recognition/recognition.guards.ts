import { invalid, notFound } from '../errors';
import { AgreementSnapshot } from './recognition.commands';
import { RecognitionState } from './recognition.state';

/** The agreement version every command after the transcript is checked against. */
export const requireTranscript = (state: RecognitionState, mobilityId: string): AgreementSnapshot => {
  if (!state.agreement || state.transcripts.length === 0) {
    throw notFound(`no transcript of records is recorded for mobility ${mobilityId}`, 'REC-TRANSCRIPT');
  }
  if (state.mobilityId !== mobilityId) throw invalid(`command names mobility ${mobilityId} but the stream holds ${state.mobilityId}`);
  return state.agreement;
};

/** Free text an auditor will read: present and trimmed. */
export const requireText = (text: string | undefined, what: string, ruleId: string): string => {
  const trimmed = text?.trim();
  if (!trimmed) throw invalid(`${what} is empty`, ruleId);
  return trimmed;
};
