import { refusal } from '../refusals';
import { requireParty, signerOf } from '../agreement/agreement.actor';
import { CommandMetadata } from '../agreement/agreement.commands';
import { conflict, invalid, ruleBroken } from '../errors';
import { CorrectTranscript, RecordTranscript, TranscriptData } from './recognition.commands';
import { RecognitionEvent } from './recognition.events';
import { requireText } from './recognition.guards';
import { RecognitionState } from './recognition.state';
import { recognitionOutcome } from './recognition-outcome';
import { assertStayBegun } from './stay-begun';
import { assertLinesInLineWithAgreement } from './transcript-lines';
import { assertValidTranscript } from './validate-transcript';

type Data = TranscriptData & { mobilityId: string };

/** The transcript, then at once what it earns (CTI-REC-1): nobody has to ask for the recognition. */
const transcriptEvents = (data: Data, metadata: CommandMetadata, transcriptVersion: number, correctionReason?: string): RecognitionEvent[] => {
  const party = requireParty(metadata.actor, data.agreement.content, ['receiving'], 'recordTranscript');
  if (correctionReason !== undefined) requireText(correctionReason, 'correctionReason', 'REC-TRANSCRIPT');
  assertValidTranscript(data);
  assertStayBegun(data.stayStart, metadata.now);
  assertLinesInLineWithAgreement(data);
  const partnerDegree = data.partnerDegree?.trim();
  return [
    {
      type: 'TranscriptRecorded',
      data: {
        mobilityId: data.mobilityId,
        transcriptVersion,
        agreement: data.agreement,
        components: data.components,
        ...(partnerDegree && { partnerDegree }),
        ...(correctionReason !== undefined && { correctionReason: correctionReason.trim() }),
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
    recognitionOutcome({ ...data, ...(partnerDegree && { partnerDegree }) }, transcriptVersion, metadata.now),
  ];
};

export const recordTranscript = ({ data, metadata }: RecordTranscript, state: RecognitionState): RecognitionEvent[] => {
  if (state.transcripts.length > 0) {
    throw ruleBroken('REC-TRANSCRIPT', refusal('transcriptRecorded', state.transcripts.length));
  }
  return transcriptEvents(data, metadata, 1);
};

/**
 * A correction is a new version read against the agreement version in force, which may be
 * newer after an amendment but never older than the one already recognised.
 */
export const correctTranscript = ({ data, metadata }: CorrectTranscript, state: RecognitionState): RecognitionEvent[] => {
  const latest = state.transcripts.at(-1);
  if (!latest) throw ruleBroken('REC-TRANSCRIPT', refusal('noTranscriptToCorrect'));
  if (state.mobilityId !== data.mobilityId) {
    throw invalid(refusal('otherMobility', data.mobilityId, state.mobilityId));
  }
  if (data.agreement.versionNumber < latest.agreementVersion) {
    throw conflict(refusal('correctionReadsOlder', data.agreement.versionNumber, latest.agreementVersion), 'CTI-LA-3');
  }
  return transcriptEvents(data, metadata, latest.version + 1, data.reason ?? '');
};
