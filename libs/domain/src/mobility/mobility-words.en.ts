import { MobilityWords } from './mobility-words';

const progress = ({ counted, minimum }: { counted: string; minimum: number }) => `${counted} of ${minimum} weeks`;

/** The mobility evaluation in English. */
export const ENGLISH_MOBILITY: MobilityWords = {
  verdict: {
    exempt: () => 'an international student, exempt from the stay abroad',
    fulfilled: (completed, minimum) => `${completed} weeks abroad completed, ${minimum} required`,
    derogation: (reason) => `derogation: ${reason}`,
    graduationOver: (year, weeks) => `graduation year ${year} is over with ${progress(weeks)}`,
    underway: (weeks) => `a stay is underway; ${progress(weeks)} when planned stays end`,
    planned: (weeks) => `${progress(weeks)} planned, none underway`,
    atRisk: (weeks) => `only ${progress(weeks)} completed, underway or planned`,
    nothing: () => 'no stay that counts is completed, underway or planned',
  },
  counting: {
    incoming: 'the school is the receiving party: an incoming mobility, not a stay abroad',
    atHome: 'internationalisation at home never replaces the stay',
    gapPeriod: 'a gap period never satisfies the mandatory stay',
    inFrance: 'the stay takes place in France, not abroad',
    group: 'a group stay of the same class is not individual immersion',
    unsupervisedPreparatory: 'a preparatory-cycle stay the school did not supervise does not count',
    preparatoryNotCounted: 'the study regulations do not count preparatory-cycle stays',
    internshipWithoutAgreement: 'an internship counts only when a tripartite internship agreement covers it',
    notApproved: 'the learning agreement is not approved by all three parties yet',
    internship: 'an internship abroad covered by an internship agreement',
    preparatory: 'a preparatory-cycle stay supervised by the school',
    apprentice: 'an academic, professional or research activity abroad',
    individual: 'an individual stay abroad',
  },
  warnings: {
    startedBeforeApproval: (start, confirmed) =>
      `the stay started on ${start} (${confirmed ? 'as the receiving institution confirmed' : 'as declared'}) before the learning agreement was approved`,
    modalityMissing: 'a stay over 4 weeks needs the employer’s modality (at the disposal of a host, or contract on hold)',
    travelCapped: (counted, recorded) => `${counted} of ${recorded} low-carbon travel days count under the study regulations`,
    noPreparation: 'no preparation before departure is recorded',
    noFollowUp: 'no follow-up during the stay is recorded',
    noDebrief: 'no debrief on return is recorded',
    apprenticeRecommended: (counted, recommended) => `${counted} weeks counted: ${recommended} weeks are recommended for apprentices`,
  },
};
