const PREFIX = 'recognition-';

/** One stream per mobility, beside `agreement-<mobilityId>`: the transcripts and what they earned at home. */
export const recognitionStreamId = (mobilityId: string): string => `${PREFIX}${mobilityId}`;

export const mobilityIdOfRecognition = (streamId: string): string | undefined =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
