import { ContentRefusalWords } from './content-refusal-words';

/** Malformed content and implausible credits in French. */
export const FRENCH_CONTENT_REFUSALS: ContentRefusalWords = {
  contentCodeEmpty: (at) => `${at} : le code est vide`,
  contentTitleEmpty: (at) => `${at} : l’intitulé est vide`,
  contentSchemeEmpty: (at) => `${at} : le système de crédits est vide`,
  contentCreditNotDecimal: (at, value) => `${at} : la valeur de crédits "${value}" n’est pas un nombre décimal`,
  contentNoSuchTerm: (at, number, of) => `${at} : le terme ${number} sur ${of} n’existe pas`,
  contentConditionsInB: (at) => `${at} : les conditions de reconnaissance n’appartiennent qu’au tableau B (recognisedAtHome)`,
  contentTableMissing: (table) => `${table} manque (envoyez un tableau vide)`,
  contentCodeTwice: (table, code) => `${table} : le code ${code} figure deux fois`,
  contentAccountIdEmpty: () => 'student.accountId est vide',
  contentGlobalIdEmpty: () => 'student.globalId (ESI) est vide',
  contentBirthDate: () => 'student.birthDate n’est pas une date ISO',
  contentCitizenship: () => 'student.citizenship n’est pas un code pays ISO',
  contentGender: () => 'student.gender n’est pas un code ISO/IEC 5218',
  contentHeiIdEmpty: (institution) => `${institution}.heiId est vide`,
  contentDatesNotIso: () => 'plannedStart et plannedEnd doivent être des dates ISO',
  contentEndBeforeStart: (end, start) => `plannedEnd ${end} précède plannedStart ${start}`,
  contentAcademicYear: () => 'receivingAcademicYear doit s’écrire comme 2026/2027',
  contentCefr: () => 'languageSkill.cefrLevel doit aller de A1 à C2',
  contentOneOf: (field, allowed) => `${field} doit être l’une des valeurs ${allowed.join(', ')}`,
  malformedContent: (problems) => `contenu du contrat mal formé : ${problems}`,
  correctCredits: (problems) => `${problems} : corrigez les crédits pour qu’ils disent ce que vaut la composante`,
};
