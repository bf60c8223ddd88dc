import type { CommandMetadata, RecognitionCommand, TranscriptData } from '@app/domain';
import { plainData as plain } from '@app/http';
import type { RecognitionCommandBuilder } from '../application/decide-recognition.command';
import { requireSnapshot, requireStayStart } from '../application/recognition-context';
import { TranscriptDto } from './dto';

/** The first transcript is recorded; any later one is a correction, kept beside the others. */
export const transcriptCommand =
  (mobilityId: string, body: TranscriptDto, metadata: CommandMetadata): RecognitionCommandBuilder =>
  (context, state) => {
    const data: TranscriptData = plain({
      agreement: requireSnapshot(context, mobilityId),
      stayStart: requireStayStart(context, mobilityId),
      components: body.components,
      conversionRules: context.conversionRules,
      homeGradeDistributions: context.homeGradeDistributions,
      ...(body.hostFullLoads && { hostFullLoad: Object.fromEntries(body.hostFullLoads.map((l) => [l.scheme, l.value])) }),
      ...(body.partnerDegree && { partnerDegree: body.partnerDegree }),
      // For the snapshot's check only (CTI-LA-4): the events pick their fields and never record it.
      ...(context.contentHashKey !== undefined && { contentHashKey: context.contentHashKey }),
    });
    return state.transcripts.length === 0
      ? { type: 'RecordTranscript', data: { mobilityId, ...data }, metadata }
      : { type: 'CorrectTranscript', data: { mobilityId, ...data, reason: body.correctionReason ?? '' }, metadata };
  };

/** Commands that need nothing but the request. */
export const simpleCommand =
  (command: RecognitionCommand): RecognitionCommandBuilder =>
  () =>
    command;
