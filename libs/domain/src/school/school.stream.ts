const PREFIX = 'school-';

/** One stream per school, named by its SCHAC code: the history of its study-regulation settings. */
export const schoolStreamId = (schoolId: string): string => `${PREFIX}${schoolId}`;

export const schoolIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
