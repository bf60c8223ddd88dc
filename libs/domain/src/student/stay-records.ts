import { ApprenticeshipModality } from './student.profile';

/** CTI-MOB-8, as Erasmus+ defines low-carbon travel ("mobilités douces"). */
export type LowCarbonMode = 'train' | 'bus' | 'car-sharing' | 'bicycle';
export const LOW_CARBON_MODES: readonly LowCarbonMode[] = ['train', 'bus', 'car-sharing', 'bicycle'];
export type Journey = 'outbound' | 'return';

/** What the school records about one stay, whether an agreement or a declared stay carries it. */
export type StayRecords = {
  /** CTI-MOB-6: the tripartite internship agreement ("convention de stage"). */
  internshipAgreement?: { reference: string; signedOn?: string };
  /** CTI-MOB-8: one entry per journey; recording a journey again replaces it. */
  lowCarbonTravel: Partial<Record<Journey, { days: number; mode: LowCarbonMode }>>;
  /** CTI-MOB-9: dates of each preparation session, follow-up contact and debrief, sorted. */
  preparation: string[];
  followUp: string[];
  debrief: string[];
  /** CTI-MOB-5: the modality chosen for this stay; the profile's applies when absent. */
  apprenticeshipModality?: ApprenticeshipModality;
};

export const emptyStayRecords = (): StayRecords => ({ lowCarbonTravel: {}, preparation: [], followUp: [], debrief: [] });

/** Low-carbon travel days recorded for the stay, before the school's cap (CTI-MOB-8). */
export const lowCarbonTravelDays = (records: StayRecords | undefined): number =>
  Object.values(records?.lowCarbonTravel ?? {}).reduce((sum, journey) => sum + (journey?.days ?? 0), 0);
