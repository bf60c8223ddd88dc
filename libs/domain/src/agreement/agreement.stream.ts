const PREFIX = 'agreement-';

/** One stream per mobility: every fact about its learning agreement, in order. */
export const agreementStreamId = (mobilityId: string): string => `${PREFIX}${mobilityId}`;

export const mobilityIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
