import type { SchoolCommand } from '@app/domain';
import type { RequestContext } from '@app/http';

/** A study-regulation settings command, as the HTTP edge built it from the request. */
export class DecideSchool {
  constructor(
    readonly schoolId: string,
    readonly command: SchoolCommand,
    readonly request: RequestContext,
  ) {}
}
