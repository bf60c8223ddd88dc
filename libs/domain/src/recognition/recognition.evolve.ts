import { laterEvent } from '../exhaustive';
import { RecognitionEvent } from './recognition.events';
import { deriveRecognition } from './recognition.derive';
import { RecognitionState } from './recognition.state';

/** Folds one fact, then derives statuses and totals again. Never refuses: what was appended happened. */
export const evolveRecognition = (state: RecognitionState, event: RecognitionEvent): RecognitionState =>
  deriveRecognition(fold(state, event));

const fold = (state: RecognitionState, { type, data }: RecognitionEvent): RecognitionState => {
  switch (type) {
    case 'TranscriptRecorded':
      return {
        ...state,
        mobilityId: data.mobilityId,
        agreement: data.agreement,
        partnerDegree: data.partnerDegree,
        transcripts: [
          ...state.transcripts,
          {
            version: data.transcriptVersion,
            agreementVersion: data.agreement.versionNumber,
            agreementContentHash: data.agreement.contentHash,
            components: data.components,
            ...(data.correctionReason !== undefined && { correctionReason: data.correctionReason }),
            by: data.by.id,
            at: data.at,
          },
        ],
      };
    case 'CreditsRecognised':
      return {
        ...state,
        outcome: {
          transcriptVersion: data.transcriptVersion,
          agreementVersion: data.agreementVersion,
          components: data.components,
          homeUnits: data.homeUnits,
          ...(data.unplanned && { unplanned: data.unplanned }),
          ...(data.doubleDegree && { doubleDegree: data.doubleDegree }),
          at: data.at,
        },
      };
    case 'ConversionResolved': {
      if (!state.outcome) return state;
      const resolved = <T extends { code: string }>(line: T): T => (line.code === data.componentCode ? { ...line, conversion: data.conversion } : line);
      return {
        ...state,
        outcome: {
          ...state.outcome,
          components: state.outcome.components.map(resolved),
          ...(state.outcome.unplanned && { unplanned: state.outcome.unplanned.map(resolved) }),
        },
      };
    }
    case 'RemedyRecorded': {
      const { componentCode: code, remedyNumber: number, kind, description, by, at } = data;
      const remedies = [...(state.remedies[code] ?? []), { number, kind, description, recordedBy: by.id, recordedAt: at }];
      return { ...state, remedies: { ...state.remedies, [code]: remedies } };
    }
    case 'RemedyClosed': {
      const { componentCode: code, remedyNumber, outcome, ectsObtained, comment, by, at } = data;
      const closed = { outcome, ...(ectsObtained !== undefined && { ectsObtained }), ...(comment !== undefined && { comment }), by: by.id, at };
      const remedies = (state.remedies[code] ?? []).map((remedy) => (remedy.number === remedyNumber ? { ...remedy, closed } : remedy));
      return { ...state, remedies: { ...state.remedies, [code]: remedies } };
    }
    case 'HomeUnitDecided':
      return {
        ...state,
        decisions: {
          ...state.decisions,
          [data.homeUnitCode]: { decision: data.decision, comment: data.comment, by: data.by.id, at: data.at },
        },
      };
    case 'ExtraCreditsDecided': {
      const { componentCode, transcriptVersion, decision, ects, reason, by, at } = data;
      const record = { componentCode, transcriptVersion, decision, ects, reason, by: by.id, at };
      return { ...state, extraCreditDecisions: [...(state.extraCreditDecisions ?? []), record] };
    }
    default:
      return laterEvent(type, state);
  }
};
