import type { StayDateSource } from '../agreement/stay-period';
import { RecognitionRefusalWords, RequiredText } from './recognition-refusal-words';

const TEXTS: Record<RequiredText, string> = {
  decisionReason: 'le motif de la décision',
  decisionComment: 'le commentaire de la décision',
  remedyDescription: 'la description du rattrapage',
  correctionReason: 'le motif de la correction',
};

const SOURCES: Record<StayDateSource, string> = { confirmed: 'date confirmée', declared: 'date déclarée', planned: 'date prévue' };

/** The recognition's refusals in French. */
export const FRENCH_RECOGNITION_REFUSALS: RecognitionRefusalWords = {
  noTranscriptFor: (mobilityId) => `aucun relevé de notes n’est enregistré pour la mobilité ${mobilityId}`,
  textEmpty: (text) => `${TEXTS[text]} est vide`,
  decisionOneOf: (decisions) => `la décision doit être l’une des valeurs ${decisions.join(', ')}`,
  noPendingConversion: (code) => `${code} n’a aucune conversion en attente`,
  ruleOtherScheme: (ruleScheme, code, scheme) => `la règle convertit le système ${ruleScheme}, mais ${code} est dans le système ${scheme}`,
  refusedForAnExam: (code) => `${code} ne peut pas être refusée pour un examen : les crédits qui la fondent ont été validés à l’établissement d’accueil`,
  remedyKindOneOf: (kinds) => `le type de rattrapage doit être l’une des valeurs ${kinds.join(', ')}`,
  remedyOutcome: () => 'outcome doit valoir succeeded ou failed',
  ectsObtainedNotDecimal: (value) => `ectsObtained "${value}" n’est pas un nombre décimal`,
  stayNotBegun: (date, source) =>
    `le séjour commence le ${date} (${SOURCES[source]}) : enregistrez le relevé de notes à partir de ce jour, ou enregistrez d’abord le départ si l’étudiant est parti plus tôt`,
  correctionReadsOlder: (read, recognised) => `la correction se fonde sur la version ${read} du contrat, antérieure à la version ${recognised} déjà reconnue`,
  snapshotHashErased: (hash) => `l’empreinte ${hash} de la copie du contrat porte sur des données de l’étudiant qui ont été effacées : elle ne peut pas être vérifiée`,
  snapshotHashMismatch: (hash) => `la copie du contrat ne correspond pas à son empreinte ${hash}`,
};
