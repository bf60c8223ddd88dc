import { FRENCH_AGREEMENT_REFUSALS, FRENCH_PARTIES } from './agreement/agreement-refusal-words.fr';
import { FRENCH_CONTENT_REFUSALS } from './agreement/content-refusal-words.fr';
import { FRENCH_CREDIT_REFUSALS } from './credits/credit-refusal-words.fr';
import { FRENCH_INSTITUTION_REFUSALS } from './institution/institution-refusal-words.fr';
import { FRENCH_PARTNERSHIP_REFUSALS } from './partnership/partnership-refusal-words.fr';
import { FRENCH_RECOGNITION_REFUSALS } from './recognition/recognition-refusal-words.fr';
import { FRENCH_TRANSCRIPT_REFUSALS } from './recognition/transcript-refusal-words.fr';
import { FRENCH_SCHOOL_REFUSALS } from './school/school-refusal-words.fr';
import { FRENCH_STUDENT_REFUSALS } from './student/student-refusal-words.fr';
import type { AcademicTerm } from './agreement/academic-term';
import { RefusalWords } from './refusal-words';

const PARTIES = FRENCH_PARTIES;
const termName = (term?: AcademicTerm) => (term ? `le terme ${term.number} sur ${term.of} de ${term.year}` : 'hors de l’année universitaire');
const round = (proposal?: number) => (proposal === undefined ? 'le brouillon' : `l’avenant ${proposal}`);

const MOMENTS_FR = { 'mid-stay': 'pendant le séjour', 'after-return': 'après le retour' } as const;

/** Refusals in French. */
export const FRENCH_REFUSALS: RefusalWords = {
  ...FRENCH_CONTENT_REFUSALS,
  ...FRENCH_CREDIT_REFUSALS,
  ...FRENCH_TRANSCRIPT_REFUSALS,
  ...FRENCH_SCHOOL_REFUSALS,
  ...FRENCH_STUDENT_REFUSALS,
  ...FRENCH_AGREEMENT_REFUSALS,
  ...FRENCH_PARTNERSHIP_REFUSALS,
  ...FRENCH_INSTITUTION_REFUSALS,
  ...FRENCH_RECOGNITION_REFUSALS,
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
  agreementExists: (mobilityId) => `un contrat d’études existe déjà pour la mobilité ${mobilityId}`,
  amendInsteadOfEdit: () => 'le contrat est approuvé : proposez un avenant au lieu de le modifier',
  staleDraft: (expected, current) => `modification fondée sur l’empreinte ${expected} alors que le brouillon est désormais ${current}`,
  editChangesStudent: () => 'une modification ne peut pas changer l’étudiant du contrat',
  editChangesSending: () => 'une modification ne peut pas changer l’établissement d’origine du contrat',
  approvedNotDeleted: () => 'un contrat approuvé ne peut être supprimé ; son historique demeure (CTI-LA-3)',
  institutionSignedDraft: (party) => `${PARTIES[party]} a signé le brouillon`,
  departureRecorded: (date) => `le départ a déjà été enregistré le ${date}`,
  departureFirst: () => 'aucun départ n’est enregistré : enregistrez-le avant le retour',
  returnRecorded: (date) => `le retour a déjà été enregistré le ${date}`,
  returnBeforeDeparture: (returned, departed) => `le retour du ${returned} précède le départ du ${departed}`,
  startOrEnd: () => 'donnez le début, la fin ou les deux',
  startFirst: () => 'confirmez le début du séjour avant sa fin, ou avec elle',
  endBeforeStart: (end, start) => `la fin du ${end} précède le début du ${start}`,
  alreadyConfirmed: (start, end) => `le séjour est déjà confirmé à partir du ${start}${end ? ` jusqu’au ${end}` : ''}`,
  nothingToWithdraw: () => 'aucun avenant n’est ouvert : il n’y a rien à retirer',
  notTheOpenProposal: (named, open) => `l’avenant ${named} n’est pas celui qui est ouvert : c’est l’avenant ${open}`,
  onlyProposerWithdraws: (party, number) => `seul ${PARTIES[party]}, qui l’a proposé, retire l’avenant ${number} ; refusez-le plutôt avec un commentaire`,
  noVersionForMinor: () => 'aucune version n’est encore en vigueur : modifiez le brouillon',
  proposalBlocksMinor: (number) => `l’avenant ${number} est ouvert : signez-le, refusez-le ou retirez-le avant une modification mineure`,
  minorNamesAField: (fields) => `une modification mineure nomme au moins l’un de ${fields.join(', ')}`,
  minorNeedsNote: () => 'dites dans la note pourquoi la modification est faite',
  minorOtherTerm: (field, date, term, version, signed) =>
    `${field} ${date} tombe ${term ? 'dans ' : ''}${termName(term)}, alors que la version ${version} a été signée pour ${termName(signed)} : un autre terme est une autre mobilité, avec son propre contrat d’études`,
  minorNotTheirs: (party, fields, allowed) =>
    `${PARTIES[party]} ne peut pas modifier ${fields.join(', ')} : seul ${allowed.map((parties) => parties.map((one) => PARTIES[one]).join(' ou ')).join(', ')} le peut`,
  malformedMinorChange: (problems) => `modification mineure mal formée : ${problems}`,
  minorContactIncomplete: (field) => `${field} demande un nom et une adresse électronique`,
  minorLeavesAsIs: () => 'la modification laisse le contrat tel quel',
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
  institutionAdminOnly: (role, id) => `${role} ${id} ne peut pas enregistrer un établissement : seul un administrateur le peut`,
  noInstitution: (heiId) => `aucun établissement ${heiId} n’est connu du registre`,
  notSchacCode: (heiId) => `${JSON.stringify(heiId)} n’est pas un code SCHAC (un nom de domaine tel que uw.edu.pl)`,
  institutionNameEmpty: () => 'le nom ne doit pas être vide',
  institutionNameSpaces: () => 'le nom ne doit ni commencer ni finir par une espace',
  notCountryCode: (country) => `${JSON.stringify(country)} n’est pas un code pays ISO 3166-1 alpha-2 tel que PL`,
  surveyQuestionCount: (max) => `le questionnaire compte de 1 à ${max} questions`,
  surveyNoRating: () => 'au moins une question posée après le retour est une note de 1 à 5, pour que les chiffres de la promotion aient une satisfaction à montrer',
  surveyQuestionId: (field, max) => `${field} : un identifiant compte de 1 à ${max} lettres minuscules, chiffres et tirets, et commence par une lettre`,
  surveyQuestionIdTwice: (field, id) => `${field} : ${id} désigne déjà une autre question`,
  surveyQuestionKindKept: (field, id, kind) =>
    `${field} : ${id} a été posée comme ${kind === 'rating' ? 'une note' : 'un texte libre'} : une question garde son type pour que ses réponses se comparent ; donnez un autre identifiant à la nouvelle question`,
  surveyQuestionKind: (field) => `${field} : une question est une note (de 1 à 5) ou un texte libre`,
  surveyQuestionMoments: (field) => `${field} : une question est posée pendant le séjour, après le retour, ou les deux`,
  surveyQuestionRequired: (field) => `${field} : « obligatoire » vaut vrai ou faux`,
  surveyWordingMissing: (field, language) => `${field} : l’intitulé en ${language === 'fr' ? 'français' : 'anglais'} est vide`,
  surveyWordingTooLong: (field, max) => `${field} : un intitulé compte au plus ${max} caractères`,
  surveyNotAsked: (field, moment) => `${field} : l’école ne pose pas cette question ${MOMENTS_FR[moment]}`,
  surveyAnsweredTwice: (field) => `${field} : une question reçoit une seule réponse`,
  surveyRequired: (field) => `${field} : cette question demande une réponse`,
  surveyRating: (field) => `${field} : une note est un nombre entier de 1 à 5`,
  surveyText: (field, max) => `${field} : une réponse libre est un texte d’au plus ${max} caractères`,
  surveyAfterErasure: (studentId) => `les données personnelles de l’étudiant ${studentId} ont été effacées : il ne répond plus au questionnaire`,
  surveyMomentUnknown: (moments) => `moment doit être l’une des valeurs ${moments.join(', ')}`,
  surveyQuestionsUnread: (mobilityId) => `le questionnaire de la mobilité ${mobilityId} a reçu une réponse sans que les questions de l’école aient été lues`,
  surveyAnswersShape: () => 'answers est une liste de réponses, chacune nommant sa question par questionId',
  surveyAgreementUnread: (mobilityId) => `le questionnaire nomme la mobilité ${mobilityId}, dont le contrat d’études n’a pas été lu`,
  surveyBeforeMoment: (moment) =>
    moment === 'after-return'
      ? 'on répond au questionnaire d’après le retour une fois le retour enregistré'
      : 'on répond au questionnaire pendant le séjour une fois le départ enregistré',
  surveyAnsweredAlready: (moment, mobilityId) => `le questionnaire ${MOMENTS_FR[moment]} de la mobilité ${mobilityId} a déjà reçu une réponse : l’étudiant ne répond qu’une fois`,
};
