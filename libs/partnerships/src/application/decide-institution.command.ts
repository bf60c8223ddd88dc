import type { InstitutionCommand } from '@app/domain';
import type { RequestContext } from '@app/http';

/** An institutions-register command, as the HTTP edge built it. */
export class DecideInstitution {
  constructor(
    readonly command: InstitutionCommand,
    readonly request: RequestContext,
  ) {}
}
