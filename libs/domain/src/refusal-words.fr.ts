import type { Party } from './agreement/agreement.actor';
import { RefusalWords } from './refusal-words';

const PARTIES: Record<Party, string> = { student: 'l’étudiant', sending: 'l’établissement d’origine', receiving: 'l’établissement d’accueil' };
const round = (proposal?: number) => (proposal === undefined ? 'le brouillon' : `l’avenant ${proposal}`);

/** Refusals in French. */
export const FRENCH_REFUSALS: RefusalWords = {
  noAccessRule: (method, path) => `aucune règle d’accès ne couvre ${method} ${path}`,
  accessForbidden: (role, id, action) => `${role} ${id} n’a pas le droit de faire ${action}`,
  noAgreement: (mobilityId) => (mobilityId ? `aucun contrat d’études ${mobilityId}` : 'aucun contrat d’études'),
  agreementDeleted: (mobilityId) => `le contrat d’études de la mobilité ${mobilityId} a été supprimé`,
  noStudentRecord: (studentId) => `aucun dossier étudiant ${studentId}`,
  staleContentHash: (signed, current) => `la signature porte sur l’empreinte ${signed} mais la version actuelle est ${current}`,
  alreadySigned: (party, proposal) => `${PARTIES[party]} a déjà signé ${round(proposal)}`,
  signsBefore: (expected, party, proposal) => `${PARTIES[expected]} signe ${round(proposal)} avant ${PARTIES[party]}`,
  rejectionNeedsComment: (proposal) => `un refus ${proposal === undefined ? 'du brouillon' : `de l’avenant ${proposal}`} demande un commentaire disant quoi changer`,
  onlyAmendmentsOnceApproved: () => 'le contrat est approuvé : seul un avenant peut désormais être signé ou refusé',
  amendOnlyApproved: () => 'seul un contrat approuvé se modifie par avenant ; modifiez le brouillon',
  proposalStillOpen: (number) => `l’avenant ${number} est encore ouvert : un avenant à la fois`,
  staleBaseVersion: (base, inForce) => `avenant fondé sur la version ${base} alors que la version ${inForce} est en vigueur`,
  noChanges: () => 'un avenant demande au moins une modification',
  changesLeaveAsIs: () => 'les modifications laissent le contrat tel quel',
  noProposalOpen: () => 'aucun avenant n’est ouvert',
  derogationNeedsReason: () => 'une dérogation demande un motif et qui l’a décidée',
  derogationAlreadyGranted: (reason) => `une dérogation est déjà accordée (${reason}) ; révoquez-la d’abord`,
  revocationNeedsReason: () => 'dites pourquoi la dérogation est révoquée',
  noDerogation: () => 'aucune dérogation n’est accordée',
  notALine: (code) => `${code} n’est pas une ligne du dernier relevé de notes`,
  conversionFirst: (code) => `${code} n’a pas encore de conversion en ECTS : résolvez d’abord la conversion`,
  extraAlreadyDecided: (code, version, decision) => `${code} a déjà fait l’objet d’une décision sur la version ${version} du relevé : ${decision}`,
  nothingBeyondPlan: (code) => `${code} n’obtient aucun crédit au-delà du contrat : il n’y a rien à décider`,
  noAdditionalExam: (code) => `${code} ne peut dépendre d’un examen supplémentaire`,
  notAHomeUnit: (code) => `${code} n’est pas une unité de l’école (tableau B) du contrat reconnu`,
  homeUnitAlreadyDecided: (code, decision) => `${code} a déjà fait l’objet d’une décision : ${decision}`,
  recognisedAutomatically: (code) => `${code} est reconnue automatiquement : il n’y a rien à décider`,
  remediesFirst: (code) => `${code} attend qu’un rattrapage soit clos pour chaque composante échouée avant toute décision`,
  passedAtHost: (code) => `${code} a été validée chez l’hôte : ses crédits sont reconnus sans examen ni rattrapage supplémentaire`,
  notAComponent: (code) => `${code} n’est pas une composante du contrat reconnu`,
  remedyStillOpen: (number, code) => `le rattrapage ${number} de ${code} est encore ouvert : clôturez-le d’abord`,
  alreadyRemedied: (code, number) => `${code} a déjà été rattrapée par le rattrapage ${number}`,
  noOpenRemedy: (code) => `aucun rattrapage ouvert pour ${code} : enregistrez-en un d’abord`,
  failedRemedyEarnsNothing: () => 'un rattrapage échoué ne rapporte aucun ECTS',
  remedyCapped: (code, planned, obtained) => `un rattrapage de ${code} rapporte au plus les ${planned.replace('.', ',')} ECTS que le contrat prévoyait, pas ${obtained.replace('.', ',')}`,
  transcriptRecorded: (version) => `la version ${version} du relevé est enregistrée : envoyez une correction (CorrectTranscript)`,
  noTranscriptToCorrect: () => 'aucun relevé à corriger : envoyez un relevé (RecordTranscript)',
  emptyTranscript: () => 'le relevé ne liste aucune composante : envoyez chaque ligne du relevé de notes, y compris les échecs et les absences',
};
