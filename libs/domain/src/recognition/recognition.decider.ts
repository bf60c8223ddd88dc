import { Decider } from '../decider';
import { invalid } from '../errors';
import { refusal } from '../refusals';
import { unknownCommand } from '../exhaustive';
import { resolveConversion } from './conversion.decide';
import { decideExtraCredits } from './extra-credits.decide';
import { recogniseHomeUnit } from './home-unit.decide';
import { RecognitionCommand } from './recognition.commands';
import { RecognitionEvent } from './recognition.events';
import { evolveRecognition } from './recognition.evolve';
import { RecognitionState, initialRecognitionState } from './recognition.state';
import { closeRemedy, recordRemedy } from './remedy.decide';
import { correctTranscript, recordTranscript } from './transcript.decide';

/** Routes each command to the function that decides it; throws a DomainError on refusal. */
export const decideRecognition = (command: RecognitionCommand, state: RecognitionState): RecognitionEvent[] => {
  if (!command.metadata?.actor?.id) throw invalid(refusal('commandWithoutActor', command.type), 'LA-PARTY');
  switch (command.type) {
    case 'RecordTranscript':
      return recordTranscript(command, state);
    case 'CorrectTranscript':
      return correctTranscript(command, state);
    case 'RecordRemedy':
      return recordRemedy(command, state);
    case 'CloseRemedy':
      return closeRemedy(command, state);
    case 'RecogniseHomeUnit':
      return recogniseHomeUnit(command, state);
    case 'ResolveConversion':
      return resolveConversion(command, state);
    case 'DecideExtraCredits':
      return decideExtraCredits(command, state);
    default:
      return unknownCommand(command);
  }
};

/** The recognition of a mobility's credits on stream `recognition-<mobilityId>`. */
export const recognitionDecider: Decider<RecognitionCommand, RecognitionState, RecognitionEvent> = {
  decide: decideRecognition,
  evolve: evolveRecognition,
  initialState: initialRecognitionState,
};
