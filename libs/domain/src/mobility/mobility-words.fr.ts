import { MobilityWords } from './mobility-words';

const progress = ({ counted, minimum }: { counted: string; minimum: number }) => `${counted.replace('.', ',')} semaines sur ${minimum}`;
const weeks = (value: string) => value.replace('.', ',');

/** The mobility evaluation in French. */
export const FRENCH_MOBILITY: MobilityWords = {
  verdict: {
    exempt: () => 'étudiant international, dispensé du séjour à l’étranger',
    fulfilled: (completed, minimum) => `${weeks(completed)} semaines à l’étranger accomplies, ${minimum} requises`,
    derogation: (reason) => `dérogation : ${reason}`,
    graduationOver: (year, done) => `l’année de diplomation ${year} est passée avec ${progress(done)}`,
    underway: (done) => `un séjour est en cours ; ${progress(done)} à la fin des séjours prévus`,
    planned: (done) => `${progress(done)} prévues, aucun séjour en cours`,
    atRisk: (done) => `seulement ${progress(done)} accomplies, en cours ou prévues`,
    nothing: () => 'aucun séjour qui compte n’est accompli, en cours ou prévu',
  },
  counting: {
    incoming: 'l’école est l’établissement d’accueil : une mobilité entrante, pas un séjour à l’étranger',
    atHome: 'l’internationalisation à domicile ne remplace jamais le séjour',
    gapPeriod: 'une césure ne satisfait jamais l’obligation de séjour',
    inFrance: 'le séjour a lieu en France, pas à l’étranger',
    group: 'un séjour en groupe de la même promotion n’est pas une immersion individuelle',
    unsupervisedPreparatory: 'un séjour du cycle préparatoire que l’école n’a pas encadré ne compte pas',
    preparatoryNotCounted: 'le règlement des études ne compte pas les séjours du cycle préparatoire',
    internshipWithoutAgreement: 'un stage ne compte que couvert par une convention de stage tripartite',
    notApproved: 'le contrat d’études n’est pas encore approuvé par les trois parties',
    internship: 'un stage à l’étranger couvert par une convention de stage',
    preparatory: 'un séjour du cycle préparatoire encadré par l’école',
    apprentice: 'une activité académique, professionnelle ou de recherche à l’étranger',
    individual: 'un séjour individuel à l’étranger',
  },
  warnings: {
    startedBeforeApproval: (start, confirmed) =>
      `le séjour a commencé le ${start} (${confirmed ? 'confirmé par l’établissement d’accueil' : 'déclaré'}) avant l’approbation du contrat d’études`,
    modalityMissing: 'un séjour de plus de 4 semaines demande la modalité choisie par l’employeur (mise à disposition ou mise en veille du contrat)',
    travelCapped: (counted, recorded) => `${counted} des ${recorded} jours de mobilité douce comptent selon le règlement des études`,
    noPreparation: 'aucune préparation avant le départ n’est enregistrée',
    noFollowUp: 'aucun suivi pendant le séjour n’est enregistré',
    noDebrief: 'aucun débriefing au retour n’est enregistré',
    apprenticeRecommended: (counted, recommended) => `${weeks(counted)} semaines comptées : ${recommended} semaines sont recommandées pour les apprentis`,
  },
};
