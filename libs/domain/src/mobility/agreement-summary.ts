import { Activity, MobilityType, Stay, Track } from '../agreement/agreement.content';
import { StayDateSource } from '../agreement/stay-period';

/**
 * What the evaluation needs from one learning agreement: the version in force (or the draft)
 * and the recorded departure and return. The handler builds it from the agreement stream.
 */
export type AgreementSummary = {
  mobilityId: string;
  /** ISO dates, YYYY-MM-DD. */
  plannedStart: string;
  plannedEnd: string;
  /** The actual start and end, confirmed by the host or else declared (LA-STAY). */
  departedOn?: string;
  returnedOn?: string;
  /** Where each date the evaluation uses comes from; absent in summaries stored before confirmations existed. */
  dateSources?: { start: StayDateSource; end: StayDateSource };
  stay: Stay;
  activity: Activity;
  mobilityType: MobilityType;
  track: Track;
  /** True once a version signed by all three parties is in force (CTI-LA-1). */
  approved: boolean;
  receivingHeiId: string;
  /** ISO 3166-1 alpha-2, when known. */
  receivingCountry?: string;
  sendingHeiId: string;
};

/** CTI-IN-1: the school receives the student; the agreement is not one of its students' stays abroad. */
export const isIncoming = (agreement: Pick<AgreementSummary, 'receivingHeiId'>, schoolId: string): boolean =>
  agreement.receivingHeiId === schoolId;
