/**
 * Whether a partnership covers the mobility (LA-PARTNERSHIP), as the drafting check found it:
 * an IIA in effect, nothing (the agreement is flagged and cannot reach the receiving
 * institution's signature), or an individual convention the sending school recorded.
 */
export type Coverage =
  | { status: 'covered'; partnershipId: string; iiaKey: string }
  | { status: 'not-covered'; ruleId: 'LA-PARTNERSHIP'; detail: string }
  | { status: 'individual-convention'; reference: string };
