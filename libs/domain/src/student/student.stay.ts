import { Stay } from '../agreement/agreement.content';

/**
 * Stays that no learning agreement carries. They are declared so that the requirement is
 * judged on everything the student did, including what does not count (CTI-MOB-4, CTI-MOB-7).
 */
export type StayKind =
  | 'gap-period'
  | 'internationalisation-at-home'
  | 'preparatory-cycle'
  | 'internship'
  | 'studies'
  | 'research';

export type DeclaredStay = {
  stayId: string;
  kind: StayKind;
  /** ISO 3166-1 alpha-2 country of the stay; FR for internationalisation at home. */
  country: string;
  /** ISO dates, YYYY-MM-DD. */
  plannedStart: string;
  plannedEnd: string;
  actualStart?: string;
  actualEnd?: string;
  /** CTI-MOB-3: absent means individual. */
  stay?: Stay;
  /** CTI-MOB-1: preparatory-cycle stays only; whether the school supervised it. */
  supervised?: boolean;
  /** CTI-MOB-6: internships only; the reference of the tripartite internship agreement. */
  internshipAgreement?: string;
};

/** A stay is either a learning agreement's mobility or a declared stay; records name one of them. */
export type StayRef = { mobilityId: string; stayId?: never } | { stayId: string; mobilityId?: never };

/** The key under which records of a stay are kept: ids of both kinds may never collide. */
export const stayKey = (ref: StayRef): string =>
  ref.mobilityId !== undefined ? `mobility:${ref.mobilityId}` : `stay:${ref.stayId}`;
