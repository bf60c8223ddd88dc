import { Track } from '../agreement/agreement.content';

/**
 * CTI-MOB-5: the employer puts the apprentice at the disposal of a host abroad ("mise à
 * disposition") or puts the apprenticeship contract on hold ("mise en veille").
 */
export type ApprenticeshipModality = 'at-disposal-of-host' | 'contract-on-hold';

/**
 * What the school knows of the student that decides their mobility requirement: the
 * CTI-MOB-2 exemption, the track's minimum, and the graduation year that closes the window.
 */
export type StudentProfile = {
  /**
   * ISO 3166-1 alpha-2. A dual national who holds French citizenship records FR: the
   * exemption is for foreign nationals only.
   */
  nationality: string;
  /** ISO 3166-1 alpha-2 country where the secondary diploma was obtained. */
  secondaryDiplomaCountry: string;
  /** A French baccalauréat (in France or at a French school abroad), or another country's diploma. */
  secondaryDiploma: 'french-baccalaureate' | 'foreign';
  /** Came to France specifically to study (the Ministry's definition quoted by CTI-MOB-2). */
  cameToFranceToStudy: boolean;
  track: Track;
  /** SCHAC code of the student's school. */
  schoolId: string;
  /** e.g. "2024-2027"; free text the school uses for its cohorts. */
  cohort?: string;
  expectedGraduationYear: number;
  /** Apprentices: the employer's usual modality; a stay may record its own. */
  apprenticeshipModality?: ApprenticeshipModality;
};
