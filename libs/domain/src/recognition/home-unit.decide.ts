import { refusal } from '../refusals';
import { requireParty, signerOf } from '../agreement/agreement.actor';
import { invalid, notFound, ruleBroken } from '../errors';
import { callsForAnExam } from './additional-exam';
import { RecogniseHomeUnit } from './recognition.commands';
import { RecognitionEvent } from './recognition.events';
import { requireText, requireTranscript } from './recognition.guards';
import { RecognitionState, currentRemedy } from './recognition.state';

const DECISIONS = ['recognised', 'not-recognised', 'additional-exam'];

/**
 * The sending institution decides on a home unit the agreement or a failed remedy put in
 * its hands (REC-DECISION). It may not make the unit hinge on an extra exam (CTI-REC-2):
 * neither by asking for one, nor by refusing a unit whose host components all passed (or
 * were remedied) because an exam condition was not sat.
 */
export const recogniseHomeUnit = ({ data, metadata }: RecogniseHomeUnit, state: RecognitionState): RecognitionEvent[] => {
  const { content } = requireTranscript(state, data.mobilityId);
  const party = requireParty(metadata.actor, content, ['sending'], 'decideHomeUnit');
  if (!DECISIONS.includes(data.decision)) throw invalid(refusal('decisionOneOf', DECISIONS), 'REC-DECISION', [{ field: 'decision', said: refusal('decisionOneOf', DECISIONS) }]);
  if (data.decision === 'additional-exam') {
    throw ruleBroken('CTI-REC-2', refusal('noAdditionalExam', data.homeUnitCode));
  }
  const unit = state.homeUnits.find(({ code }) => code === data.homeUnitCode);
  if (!unit) throw notFound(refusal('notAHomeUnit', data.homeUnitCode), 'REC-DECISION');
  if (unit.decision) throw ruleBroken('REC-DECISION', refusal('homeUnitAlreadyDecided', unit.code, unit.decision.decision));
  if (unit.status === 'recognised') throw ruleBroken('CTI-REC-1', refusal('recognisedAutomatically', unit.code));
  if (unit.status === 'awaiting-remedy') {
    throw ruleBroken('CTI-REC-5', refusal('remediesFirst', unit.code));
  }
  const comment = requireText(data.comment, 'decisionComment', 'REC-DECISION');
  const nothingFailed = state.failures.every((failure) => currentRemedy(failure)?.closed?.outcome === 'succeeded');
  if (data.decision === 'not-recognised' && nothingFailed && (callsForAnExam(unit.recognitionConditions) || callsForAnExam(comment))) {
    throw ruleBroken('CTI-REC-2', refusal('refusedForAnExam', unit.code));
  }
  return [
    {
      type: 'HomeUnitDecided',
      data: { mobilityId: data.mobilityId, homeUnitCode: unit.code, decision: data.decision, comment, party, by: signerOf(metadata.actor), at: metadata.now },
    },
  ];
};
