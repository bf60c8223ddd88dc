/** `counted` weeks against the minimum, as a verdict quotes them. */
type Progress = { counted: string; minimum: number };

/**
 * Every sentence the mobility evaluation produces (verdicts, why a stay counts or not,
 * warnings), one table per language (mobility-words.en.ts, mobility-words.fr.ts): a sentence
 * added here does not compile until each language tells it.
 */
export interface MobilityWords {
  verdict: {
    exempt: () => string;
    fulfilled: (completed: string, minimum: number) => string;
    derogation: (reason: string) => string;
    graduationOver: (year: number, progress: Progress) => string;
    underway: (progress: Progress) => string;
    planned: (progress: Progress) => string;
    atRisk: (progress: Progress) => string;
    nothing: () => string;
  };
  counting: {
    incoming: string;
    atHome: string;
    gapPeriod: string;
    inFrance: string;
    group: string;
    unsupervisedPreparatory: string;
    preparatoryNotCounted: string;
    internshipWithoutAgreement: string;
    notApproved: string;
    internship: string;
    preparatory: string;
    apprentice: string;
    individual: string;
  };
  warnings: {
    startedBeforeApproval: (start: string, confirmed: boolean) => string;
    modalityMissing: string;
    travelCapped: (counted: number, recorded: number) => string;
    noPreparation: string;
    noFollowUp: string;
    noDebrief: string;
    apprenticeRecommended: (counted: string, recommended: number) => string;
  };
}

