import type { RequestContext } from '@app/http';

/** Deletes the student's personal data key and records who did it, when. */
export class EraseStudentData {
  constructor(
    readonly studentId: string,
    readonly request: RequestContext,
  ) {}
}
