import { refusal } from '../refusals';
import { requireParty, signerOf } from '../agreement/agreement.actor';
import { schemeKey } from '../credits/conversion-rule';
import { compareDecimals, formatDecimal, isDecimal } from '../credits/decimal';
import { ECTS_SCHEME } from '../credits/default-conversion-rules';
import { invalid, notFound, ruleBroken } from '../errors';
import { CloseRemedy, REMEDY_KINDS, RecordRemedy } from './recognition.commands';
import { RecognitionEvent } from './recognition.events';
import { requireText, requireTranscript } from './recognition.guards';
import { Failure, RecognitionState, currentRemedy } from './recognition.state';

/**
 * The failure a remedy is about. A passed component has none to remedy: asking for more
 * than the host's result would make its credits depend on a further test (CTI-REC-2).
 */
const requireFailure = (state: RecognitionState, code: string): Failure => {
  const failure = state.failures.find((candidate) => candidate.code === code);
  if (failure) return failure;
  if (state.outcome?.components.some((component) => component.code === code)) {
    throw ruleBroken('CTI-REC-2', refusal('passedAtHost', code));
  }
  throw notFound(refusal('notAComponent', code), 'CTI-REC-5');
};

/** CTI-REC-5: the sending institution records how a failure is made good; one open remedy at a time. */
export const recordRemedy = ({ data, metadata }: RecordRemedy, state: RecognitionState): RecognitionEvent[] => {
  const { content } = requireTranscript(state, data.mobilityId);
  const party = requireParty(metadata.actor, content, ['sending'], 'recordRemedy');
  const failure = requireFailure(state, data.componentCode);
  if (!REMEDY_KINDS.includes(data.kind)) throw invalid(refusal('remedyKindOneOf', REMEDY_KINDS), 'CTI-REC-5', [{ field: 'kind', said: refusal('remedyKindOneOf', REMEDY_KINDS) }]);
  const description = requireText(data.description, 'remedyDescription', 'CTI-REC-5');
  const current = currentRemedy(failure);
  if (current && !current.closed) throw ruleBroken('REC-REMEDY', refusal('remedyStillOpen', current.number, failure.code));
  if (current?.closed?.outcome === 'succeeded') throw ruleBroken('REC-REMEDY', refusal('alreadyRemedied', failure.code, current.number));
  return [
    {
      type: 'RemedyRecorded',
      data: {
        mobilityId: data.mobilityId,
        componentCode: failure.code,
        remedyNumber: failure.remedies.length + 1,
        kind: data.kind,
        description,
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};

/** CTI-REC-5: the outcome of the remedy; ECTS it earned, if any, count in the recognised total. */
export const closeRemedy = ({ data, metadata }: CloseRemedy, state: RecognitionState): RecognitionEvent[] => {
  const { content } = requireTranscript(state, data.mobilityId);
  const party = requireParty(metadata.actor, content, ['sending'], 'closeRemedy');
  const failure = requireFailure(state, data.componentCode);
  const current = currentRemedy(failure);
  if (!current || current.closed) throw ruleBroken('REC-REMEDY', refusal('noOpenRemedy', failure.code));
  if (data.outcome !== 'succeeded' && data.outcome !== 'failed') throw invalid(refusal('remedyOutcome'), 'CTI-REC-5', [{ field: 'outcome', said: refusal('remedyOutcome') }]);
  if (data.ectsObtained !== undefined) {
    if (!isDecimal(data.ectsObtained) || compareDecimals(data.ectsObtained, '0') < 0) {
      const said = refusal('ectsObtainedNotDecimal', String(data.ectsObtained));
      throw invalid(said, 'CTI-REC-5', [{ field: 'ectsObtained', said }]);
    }
    if (data.outcome === 'failed' && compareDecimals(data.ectsObtained, '0') > 0) {
      throw invalid(refusal('failedRemedyEarnsNothing'), 'CTI-REC-5');
    }
    // A remedy makes up the component it replaces, never more than the agreement planned for it.
    const planned = (state.creditLines ?? [])
      .find((line) => line.code === failure.code)
      ?.planned.find(({ scheme }) => schemeKey(scheme) === ECTS_SCHEME)?.value;
    if (planned !== undefined && compareDecimals(data.ectsObtained, planned) > 0) {
      throw ruleBroken('REC-EXCESS', refusal('remedyCapped', failure.code, planned, data.ectsObtained));
    }
  }
  const comment = data.comment?.trim();
  return [
    {
      type: 'RemedyClosed',
      data: {
        mobilityId: data.mobilityId,
        componentCode: failure.code,
        remedyNumber: current.number,
        outcome: data.outcome,
        ...(data.ectsObtained !== undefined && { ectsObtained: formatDecimal(data.ectsObtained) }),
        ...(comment && { comment }),
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};
