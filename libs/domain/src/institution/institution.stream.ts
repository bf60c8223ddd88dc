const PREFIX = 'institution-';

/** One stream per institution, named by its SCHAC code. */
export const institutionStreamId = (heiId: string): string => `${PREFIX}${heiId}`;

export const institutionIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
