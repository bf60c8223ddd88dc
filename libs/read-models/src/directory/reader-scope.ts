import type { Actor } from '@app/domain';
import type { SummaryFilter } from '@app/kernel';
import type { Row } from '../projection';

/**
 * The index lookups that find every agreement the filter and the reader's access could match,
 * as alternatives (a row matching any of them is a candidate). The filter narrows first when it
 * names a student or an institution; otherwise the reader's own reach does (LA-PARTY): a student
 * their agreements, staff their institution's, an auditor the audited institution's; admins and
 * auditors of every institution read everything. The exact check follows, item by item.
 */
export function candidateLookups(actor: Actor, filter: SummaryFilter): Row[] {
  const status: Row = filter.status ? { status: filter.status } : {};
  const either = (institution: string): Row[] => [
    { ...status, sending: institution },
    { ...status, receiving: institution },
  ];
  if (filter.student) return [{ ...status, student_id: filter.student }];
  if (filter.institution) return either(filter.institution);
  switch (actor.role) {
    case 'student':
      return [{ ...status, student_id: actor.id }];
    case 'sending':
      return actor.institution ? [{ ...status, sending: actor.institution }] : [];
    case 'receiving':
      return actor.institution ? [{ ...status, receiving: actor.institution }] : [];
    case 'auditor':
      return actor.institution ? either(actor.institution) : [status];
    case 'admin':
      return [status];
  }
}
