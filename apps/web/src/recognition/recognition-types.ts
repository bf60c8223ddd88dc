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

export type RemedyKind = 'home-component' | 'credits-from-other-component' | 'later-session' | 'resit-at-host' | 'waived' | 'other';
export type HomeUnitStatus = 'recognised' | 'not-recognised' | 'awaiting-remedy' | 'awaiting-decision';

export interface Remedy { number: number; kind: RemedyKind; description: string; recordedBy: string; recordedAt: string; outcome?: string; ectsObtained?: string }

export interface Recognition {
  status: 'awaiting-transcript' | 'pending' | 'complete';
  recognisedEcts: string;
  transcripts: { version: number; components: { code: string; credits: Credit; localGrade: string; result: string }[]; by: string; at: string }[];
  failures: { code: string; title: string; result: string; remedies: Remedy[] }[];
  homeUnits: (Component & { status: HomeUnitStatus })[];
  pendingConversions: { code: string; scheme: string }[];
  agreement?: { versionNumber: number; content: { studiedAbroad: Component[] } };
  outcome?: { components: OutcomeLine[]; unplanned?: OutcomeLine[]; at: string };
  creditLines: CreditLine[];
}
