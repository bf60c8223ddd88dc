import { refusal } from '../refusals';
import { requireParty, signerOf } from '../agreement/agreement.actor';
import { invalid, notFound, ruleBroken } from '../errors';
import { DecideExtraCredits } from './recognition.commands';
import { RecognitionEvent } from './recognition.events';
import { requireText, requireTranscript } from './recognition.guards';
import { RecognitionState } from './recognition.state';

const DECISIONS = ['recognised', 'not-recognised'];

/**
 * REC-EXCESS: the sending institution decides on the ECTS a line obtained beyond its plan,
 * or on an unplanned extra, once per line and transcript version. The event records the ECTS
 * it recognised, so the total can be redone from the history; a corrected transcript asks
 * again, since what lies beyond the plan may have changed.
 */
export const decideExtraCredits = ({ data, metadata }: DecideExtraCredits, state: RecognitionState): RecognitionEvent[] => {
  const { content } = requireTranscript(state, data.mobilityId);
  const party = requireParty(metadata.actor, content, ['sending'], 'decideExtraCredits');
  if (!DECISIONS.includes(data.decision)) throw invalid(refusal('decisionOneOf', DECISIONS), 'REC-EXCESS', [{ field: 'decision', said: refusal('decisionOneOf', DECISIONS) }]);
  const line = state.creditLines.find(({ code }) => code === data.componentCode);
  if (!line) throw notFound(refusal('notALine', data.componentCode), 'REC-EXCESS');
  if (line.status === 'awaiting-conversion') {
    throw ruleBroken('CTI-REC-3', refusal('conversionFirst', line.code));
  }
  if (line.status === 'decided') {
    throw ruleBroken('REC-EXCESS', refusal('extraAlreadyDecided', line.code, line.decision?.transcriptVersion, line.decision?.decision));
  }
  if (line.status !== 'awaiting-decision') {
    throw ruleBroken('REC-EXCESS', refusal('nothingBeyondPlan', line.code));
  }
  const reason = requireText(data.reason, 'decisionReason', 'REC-EXCESS');
  const transcriptVersion = state.outcome!.transcriptVersion;
  return [
    {
      type: 'ExtraCreditsDecided',
      data: {
        mobilityId: data.mobilityId,
        componentCode: line.code,
        transcriptVersion,
        decision: data.decision,
        ects: data.decision === 'recognised' ? line.beyondPlanEcts : '0',
        reason,
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};
