import type { PartnershipCommand } from '@app/domain';
import type { RequestContext } from '@app/http';

/** Any partnerships-register command, as an edge (JSON or EWP XML) built it. */
export class DecidePartnership {
  constructor(
    readonly partnershipId: string,
    readonly command: PartnershipCommand,
    readonly request: RequestContext,
  ) {}
}
