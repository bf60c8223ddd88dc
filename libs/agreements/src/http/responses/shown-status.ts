import type { AgreementState } from '@app/domain';

/** The statuses a view shows: an agreement that does not exist (`none`) is a 404, never a view. */
export type ShownStatus = Exclude<AgreementState['status'], 'none'>;
export const SHOWN_STATUSES: ShownStatus[] = ['draft', 'signing', 'approved', 'amendment-proposed', 'deleted'];
