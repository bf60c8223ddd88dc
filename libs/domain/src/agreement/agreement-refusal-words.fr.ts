import type { MobilityFacts } from '../partnership/coverage';
import type { MobilityKind } from '../partnership/partnership.types';
import type { Party } from './agreement.actor';
import { AgreementRefusalWords, ChangeAt, PartyAction, StayMoment, StudentFieldProblem } from './agreement-refusal-words';

/** The parties as a French sentence names them. */
export const FRENCH_PARTIES: Record<Party, string> = { student: 'l’étudiant', sending: 'l’établissement d’origine', receiving: 'l’établissement d’accueil' };

/** The kinds of mobility an IIA's conditions name, as a French sentence says them; the code follows in brackets, as partners write it. */
const FRENCH_MOBILITY_KINDS: Record<MobilityKind, string> = {
  'student-studies': 'mobilité d’études',
  'student-traineeship': 'mobilité de stage',
  'staff-teacher': 'mobilité d’enseignement du personnel',
  'staff-training': 'mobilité de formation du personnel',
};

const coverageGap = ({ kind, sendingHeiId, receivingHeiId, academicYear, iscedFCode }: MobilityFacts) =>
  `aucun accord interinstitutionnel (IIA) en vigueur ne couvre la ${FRENCH_MOBILITY_KINDS[kind]} (${kind}) de ${sendingHeiId} vers ${receivingHeiId} en ${academicYear}` +
  `${iscedFCode ? `, domaine d’études ${iscedFCode}` : ''}`;

const round = (proposal?: number) => (proposal === undefined ? 'le brouillon' : `l’avenant ${proposal}`);

const ACTIONS: Record<PartyAction, (proposal?: number) => string> = {
  draftAgreement: () => 'rédiger le contrat',
  editDraft: () => 'modifier le brouillon',
  deleteDraft: () => 'supprimer le brouillon',
  sign: (proposal) => `signer ${round(proposal)}`,
  reject: (proposal) => `refuser ${round(proposal)}`,
  proposeAmendment: () => 'proposer un avenant',
  withdrawAmendment: () => 'retirer un avenant',
  recordMinorChange: () => 'enregistrer une modification mineure',
  recordIndividualConvention: () => 'enregistrer une convention individuelle',
  reportSignature: () => 'enregistrer la signature qu’un partenaire signale',
  recordDeparture: () => 'enregistrer le départ',
  recordReturn: () => 'enregistrer le retour',
  confirmStayDates: () => 'confirmer les dates du séjour',
  answerOverEwp: () => 'répondre à l’établissement d’origine par EWP',
  recordTranscript: () => 'enregistrer le relevé de notes',
  resolveConversion: () => 'résoudre une conversion de crédits',
  decideExtraCredits: () => 'statuer sur des crédits au-delà du contrat',
  decideHomeUnit: () => 'statuer sur la reconnaissance d’une unité de l’école d’origine',
  recordRemedy: () => 'enregistrer un rattrapage',
  closeRemedy: () => 'clore un rattrapage',
};

/** Each day of the stay, alone (« la date de départ ») and with its article (« le départ »). */
const MOMENTS: Record<StayMoment, { noun: string; the: string }> = {
  departure: { noun: 'départ', the: 'le départ' },
  return: { noun: 'retour', the: 'le retour' },
  start: { noun: 'début', the: 'le début' },
  end: { noun: 'fin', the: 'la fin' },
};

const FIELD_PROBLEMS: Record<StudentFieldProblem, string> = {
  empty: 'est vide',
  isoDate: 'n’est pas une date ISO',
  country: 'n’est pas un code pays ISO',
  gender: 'n’est pas un code ISO/IEC 5218 (0, 1, 2, 9)',
  email: 'n’est pas une adresse électronique',
};

const changeAt = ({ number, op, table }: ChangeAt) => `modification ${number} (${op} dans ${table})`;

/** The agreement's refusals in French. */
export const FRENCH_AGREEMENT_REFUSALS: AgreementRefusalWords = {
  commandWithoutActor: (type) => `la commande ${type} ne nomme aucun acteur`,
  otherMobility: (named, held) => `la commande nomme la mobilité ${named} mais le flux contient ${held}`,
  notAParty: (role, id, action, proposal) => `${role} ${id} n’est pas partie à ce contrat et ne peut pas ${ACTIONS[action](proposal)}`,
  partyCannot: (party, action, allowed, proposal) =>
    `${FRENCH_PARTIES[party]} ne peut pas ${ACTIONS[action](proposal)} ; seul ${allowed.map((one) => FRENCH_PARTIES[one]).join(' ou ')} le peut`,
  noComponentAtHost: () => 'le contrat ne liste aucune composante suivie à l’établissement d’accueil',
  tableBEmpty: () => 'le contrat ne dit pas comment l’établissement d’origine reconnaît les composantes (le tableau B est vide)',
  notCovered: (facts) => `${coverageGap(facts)} : enregistrez l’IIA, ou une convention individuelle pour cette mobilité, avant que l’établissement d’accueil ne signe`,
  coverageGap: (facts) => coverageGap(facts),
  conventionNeedsReference: () => 'une convention individuelle se désigne par sa référence',
  noRoundToReport: () => 'aucun brouillon ni avenant n’est ouvert : une signature signalée ne porterait sur rien',
  notAPartyName: (party) => `${party} n’est pas une partie d’un contrat d’études`,
  reportsOwnSignature: (reporter, proposal) =>
    `${FRENCH_PARTIES[reporter]} signe ${round(proposal)} lui-même, dans le registre : sa signature ne s’enregistre pas d’après un document`,
  reportStaleHash: (named, proposal, current) => `le signalement porte sur l’empreinte ${named} mais celle ${proposal === undefined ? 'du brouillon' : `de l’avenant ${proposal}`} est ${current}`,
  claimedAtNotTimestamp: (claimedAt) => `l’heure déclarée ${claimedAt} de la signature signalée n’est pas un horodatage`,
  reportNamesNobody: () => 'une signature signalée nomme la personne qui a signé',
  stayDateNotIso: (what, date) => `la date de ${MOMENTS[what].noun} ${date} n’est pas une date ISO (AAAA-MM-JJ)`,
  stayDateAhead: (what, date, today) => `${MOMENTS[what].the} du ${date} n’a pas encore eu lieu (nous sommes le ${today})`,
  changeNoTable: (at) => `${changeAt(at)} : ce tableau de composantes n’existe pas`,
  changeOtherWithoutText: (at) => `${changeAt(at)} : un motif "other" demande un texte`,
  changeNotEwpReason: (at, reason) => `${changeAt(at)} : "${reason}" n’est pas un motif EWP pour une ${at.op === 'insert' ? 'insertion' : 'suppression'}`,
  changeNothingToDelete: (at, code) => `${changeAt(at)} : aucune composante ${code} à supprimer`,
  changeAlreadyThere: (at, code) => `${changeAt(at)} : la composante ${code} figure déjà dans le tableau`,
  studentChangesNone: () => 'aucun champ n’est nommé',
  studentChangeNotEwp: (field) => `${field} n’est pas un champ qu’EWP laisse modifier par un avenant`,
  studentChangeMalformed: (field, problem) => `${field} ${FIELD_PROBLEMS[problem]}`,
  studentChangeSame: (field, value) => `${field} vaut déjà ${value} : n’envoyez que ce qui change`,
  studentChanges: (problems) => `modifications des données de l’étudiant : ${problems}`,
};
