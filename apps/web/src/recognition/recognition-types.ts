import type { Component, Credit } from '../api/types';

export interface Conversion {
  status: 'converted' | 'pending';
  ects?: string;
  factor?: string;
  rule?: { scheme: string; kind: string; factor?: string; rounding?: string; source?: string };
}

export interface OutcomeLine {
  code: string;
  title: string;
  table: string;
  result: 'passed' | 'failed' | 'missing';
  credits?: Credit;
  localGrade?: string;
  conversion?: Conversion;
}

/** One transcript line, planned against obtained, and what of it counts (CTI-REC-1, REC-EXCESS). */
export interface CreditLine {
  code: string;
  title?: string;
  source: 'agreement' | 'unplanned';
  creditsDifferenceReason?: string;
  unplannedReason?: string;
  beyondPlanEcts: string;
  recognisedEcts: string;
  status: 'recognised' | 'awaiting-decision' | 'decided' | 'awaiting-conversion' | 'not-passed';
  decision?: { decision: 'recognised' | 'not-recognised'; ects: string; reason: string };
}

/** CTI-REC-5: a remedy, closed with its outcome once the sending institution records it. */
export interface Remedy {
  number: number;
  kind: string;
  description: string;
  recordedBy: string;
  recordedAt: string;
  closed?: { outcome: 'succeeded' | 'failed'; ectsObtained?: string; comment?: string; by: string; at: string };
}

export interface Recognition {
  status: 'awaiting-transcript' | 'pending' | 'complete';
  recognisedEcts: string;
  transcripts: {
    version: number;
    components: { code: string; credits: Credit; localGrade?: string; result: string; unplanned?: { title?: string; reason: string }; creditsDifferenceReason?: string }[];
    by: string;
    at: string;
  }[];
  failures: { code: string; title: string; result: string; remedies: Remedy[] }[];
  homeUnits: (Component & { status: 'recognised' | 'not-recognised' | 'awaiting-remedy' | 'awaiting-decision'; decision?: { decision: string; comment: string } })[];
  /** Codes of passed lines whose scheme has no conversion rule yet (CTI-REC-3). */
  pendingConversions: string[];
  agreement?: { versionNumber: number; content: { studiedAbroad: Component[] } };
  outcome?: { components: OutcomeLine[]; unplanned?: OutcomeLine[]; at: string };
  creditLines: CreditLine[];
}
