/** What POST /api/students/:studentId/erasure answers, the same on every repeat. */
export interface ErasureView {
  studentId: string;
  erasedAt: string;
  /** The admin's id. */
  erasedBy: string;
  /** Student stream revision after the erasure was recorded. */
  revision: string;
}
