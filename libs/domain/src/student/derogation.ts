/** A derogation to the mobility requirement: the audit asks for its reason and who decided it. */
export type Derogation = {
  reason: string;
  /** The body or person that decided, e.g. "jury des études, 2026-05-12". */
  decidedBy: string;
  grantedAt: string;
  grantedBy: string;
};
