/**
 * The part of the school's study regulations ("règlement des études") that frames the
 * mandatory stay abroad. The CTI text leaves the length for students to the school and sets
 * only the apprentices' floor, so these are settings, not constants.
 */
export type StudyRegulations = {
  /** Whole weeks abroad the diploma requires, per track. */
  minimumWeeksAbroad: { student: number; apprentice: number };
  /** CTI-MOB-8: whether low-carbon travel days count in the stay, and how many per stay at most. */
  lowCarbonTravel: { counts: boolean; maxDays: number };
  /** CTI-MOB-1: in five-year schools, whether supervised preparatory-cycle stays count. */
  preparatoryCycleCounts: boolean;
  /**
   * LA-PARTNERSHIP: whether a learning agreement needs an IIA in effect (or an individual
   * convention) before the receiving institution signs. Off until the school's IIAs are in
   * the partnerships register, so that a school without one is not blocked.
   */
  partnershipCheck?: boolean;
  /**
   * CTI-MOB-9: whether the participants' survey is also asked during the stay (once the
   * departure is recorded); it is always asked after the return.
   */
  surveyDuringStay?: boolean;
};

/** CTI-MOB-5: "au moins 9 semaines" for apprentices, whatever the school says. */
export const APPRENTICE_MINIMUM_WEEKS = 9;
/** CTI-MOB-5: "12 semaines sont cependant préconisées". */
export const APPRENTICE_RECOMMENDED_WEEKS = 12;

/**
 * Until the school configures its own: students 12 weeks (the length the CTI recommends to
 * apprentices, as the text gives none for students), apprentices the CTI floor of 9 weeks,
 * low-carbon travel not counted and preparatory-cycle stays not counted, because both are
 * options the text leaves to the school ("à l'appréciation de l'école", "une tolérance").
 */
export const DEFAULT_STUDY_REGULATIONS: StudyRegulations = {
  minimumWeeksAbroad: { student: APPRENTICE_RECOMMENDED_WEEKS, apprentice: APPRENTICE_MINIMUM_WEEKS },
  lowCarbonTravel: { counts: false, maxDays: 0 },
  preparatoryCycleCounts: false,
};
