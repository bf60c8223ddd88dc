const PREFIX = 'student-';

/** One stream per student, named by their account id (`student.accountId` in agreements). */
export const studentStreamId = (studentId: string): string => `${PREFIX}${studentId}`;

export const studentIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
