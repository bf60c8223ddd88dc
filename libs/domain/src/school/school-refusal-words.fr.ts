import { SchoolAction, SchoolRefusalWords } from './school-refusal-words';

const ACTIONS: Record<SchoolAction, string> = {
  'configure the study regulations': 'configurer le règlement des études',
  'set a conversion rule': 'fixer une règle de conversion',
  'remove a conversion rule': 'retirer une règle de conversion',
  'set a grade distribution': 'fixer une distribution des notes',
  'remove a grade distribution': 'retirer une distribution des notes',
  'set the survey questions': 'définir les questions du questionnaire',
};

/** The school's refusals in French. */
export const FRENCH_SCHOOL_REFUSALS: SchoolRefusalWords = {
  schoolCommandWithoutActor: (commandType) => `${commandType} ne dit pas qui agit`,
  schoolOtherStream: (named, held) => `la commande nomme l’école ${named} mais le flux est celui de ${held}`,
  schoolStaffOnly: (role, id, action, schoolId) => `${role} ${id} ne peut pas ${ACTIONS[action]} de ${schoolId}`,
  schoolNoConversionRule: (scheme) => `aucune règle de conversion pour le système ${scheme}`,
  schoolNoGradeDistribution: (iscedFCode) => `aucune distribution des notes pour le domaine ISCED-F ${iscedFCode}`,
  schoolWholeWeeks: () => 'minimumWeeksAbroad.student et .apprentice doivent être des semaines entières',
  schoolStayMandatory: () => 'le séjour à l’étranger est obligatoire : le minimum des étudiants est d’au moins une semaine',
  schoolApprenticeMinimum: (minimum, given) => `les apprentis passent au moins ${minimum} semaines à l’étranger ; ${given} est en dessous`,
  schoolLowCarbonTravel: () => 'lowCarbonTravel demande counts (true ou false) et maxDays (jours entiers, 0 ou plus)',
  schoolTrueOrFalse: (setting) => `${setting} doit valoir true ou false`,
  ruleSchemeEmpty: () => 'le système de crédits (scheme) est vide',
  ruleEctsNeedsNone: () => 'les crédits ECTS ne se convertissent pas',
  ruleSourceEmpty: () => 'la source (source) est vide : dites d’où vient la règle',
  rulePositiveDecimal: (field) => `${field} doit être un nombre décimal positif`,
  ruleKind: () => 'kind doit valoir factor ou full-load',
  ruleRounding: () => 'rounding vaut none ou un mode (half-up, down, up) avec un pas décimal positif',
  malformedConversionRule: (problems) => `règle de conversion mal formée : ${problems}`,
  distributionIscedF: () => 'iscedFCode doit être un code ISCED-F (2 à 4 chiffres)',
  distributionNoGrade: () => 'grades doit compter au moins une note, la meilleure d’abord',
  distributionGradeTwice: () => 'chaque note figure une seule fois',
  distributionMalformedGrades: (grades) => `chaque note demande un nom et un pourcentage décimal : ${grades}`,
  distributionNotHundred: () => 'la somme des pourcentages doit faire 100',
  malformedGradeDistribution: (problems) => `distribution des notes mal formée : ${problems}`,
};
