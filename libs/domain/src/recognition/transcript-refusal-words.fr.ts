import { TranscriptRefusalWords } from './transcript-refusal-words';

/** Credits are written with a decimal comma in French. */
const comma = (value: string | undefined) => String(value).replace('.', ',');

/** A transcript's refusals in French. */
export const FRENCH_TRANSCRIPT_REFUSALS: TranscriptRefusalWords = {
  lineTwice: (at) => `${at} : figure deux fois`,
  lineSchemeEmpty: (at) => `${at} : le système de crédits est vide`,
  lineCreditsNotDecimal: (at, value) => `${at} : les crédits "${value}" ne sont pas un nombre décimal`,
  lineResult: (at, results) => `${at} : le résultat doit être l’un de ${results.join(', ')}`,
  gradeTableRow: (at) => `${at} demande une note et un pourcentage décimal`,
  hostFullLoad: (scheme) => `hostFullLoad.${scheme} doit être un nombre décimal positif`,
  componentsNotAList: () => 'relevé mal formé : components doit être une liste',
  malformedTranscript: (problems) => `relevé mal formé : ${problems}`,
  notInAgreement: (code, version) => `${code} ne figure pas parmi les composantes de la version ${version} du contrat`,
  amendOrUnplanned: () => 'modifiez d’abord le contrat par avenant, ou enregistrez la ligne comme un ajout non prévu avec unplanned.reason',
  plannedNotExtra: (code, version) => `${code} est une composante de la version ${version} du contrat, pas un ajout non prévu`,
  extraWithoutReason: (code) => `l’ajout non prévu ${code} ne donne aucun motif`,
  unplannedInstead: () => 'retirez unplanned des lignes que le contrat prévoit, et dites dans unplanned.reason pourquoi chaque ajout a été suivi',
  correctTranscriptCredits: () => 'corrigez les crédits pour qu’ils disent ce qu’indique le relevé de notes',
  creditsDiffer: (code, obtained, version, planned) =>
    `${code} obtient ${comma(obtained.value)} ${obtained.scheme} là où la version ${version} du contrat prévoit ${
      planned.length ? planned.map(({ value, scheme }) => `${comma(value)} ${scheme}`).join(' ou ') : 'aucun crédit'
    }`,
  linesRefused: (problems, instead) => `${problems} : ${instead}`,
  differInstead: () => 'corrigez les crédits, ou dites pourquoi ils diffèrent dans creditsDifferenceReason',
};
