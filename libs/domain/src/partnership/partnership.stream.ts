const PREFIX = 'partnership-';
const SEPARATOR = '+';

/**
 * One stream per pair of partners, whoever records it first: the two ids sorted, so that
 * the school and its partner, or an import of either side's copy of an IIA, land on the
 * same stream, and the drafting check reads one stream per agreement.
 */
export const partnershipId = (a: string, b: string): string => [a, b].sort().join(SEPARATOR);

export const partnershipStreamId = (id: string): string => `${PREFIX}${id}`;

export const partnershipIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
