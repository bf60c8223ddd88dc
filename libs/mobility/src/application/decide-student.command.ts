import type { StudentCommand } from '@app/domain';
import type { RequestContext } from '@app/http';

/** A command on a student's mobility record, as the HTTP edge built it from the request. */
export class DecideStudent {
  constructor(
    readonly studentId: string,
    readonly command: StudentCommand,
    readonly request: RequestContext,
  ) {}
}
