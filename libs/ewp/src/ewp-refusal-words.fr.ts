import type { EwpRefusalWords, StaleImport } from './ewp-refusal-words';

const STALE: Record<StaleImport, (proposal?: number) => string> = {
  'draft-deleted': () => 'le brouillon a été supprimé ici',
  'first-version-differs': () => 'la première version diffère de celle enregistrée',
  'draft-differs': () => 'le brouillon en cours de signature ici a un autre contenu',
  'later-version-in-force': () => 'une version plus récente est déjà en vigueur',
  'proposal-differs': (proposal) => `l’avenant ${proposal} est ouvert ici avec un autre contenu`,
};

const STALE_COPY = 'Votre copie du contrat d’études n’est pas à jour. Actualisez-la depuis nos serveurs et renouvelez votre demande.';

export const FRENCH_EWP_REFUSALS: EwpRefusalWords = {
  draftNotPublishable: (omobilityId) => `le brouillon de la mobilité ${omobilityId} attend les signatures de l’étudiant et de l’établissement d’origine`,
  noRegistryHost: (heiId, api) => `aucun hôte du catalogue du Registry ne couvre ${heiId} pour l’API ${api}`,
  noRegistryEndpoint: (api, heiId, endpoint) => `l’API ${api} de l’hôte de ${heiId} n’a pas de ${endpoint} dans le catalogue du Registry`,
  notExchangeable: (omobilityId, gaps) => `la mobilité ${omobilityId} ne peut pas encore passer par EWP. ${gaps}`,
  xmlBodyMissing: () => 'envoyez le document EWP comme corps de la requête, avec Content-Type: application/xml',
  doctypeDeclared: () => 'le document déclare un DOCTYPE ; les documents EWP n’en ont pas, envoyez-le sans',
  documentInvalid: (kind, problems) => `le document ${kind} n’est pas conforme à son schéma : ${problems}`,
  transcriptLineUnnamed: (omobilityId) => `une activité d’apprentissage du relevé de notes de ${omobilityId} ne nomme aucun cours ou aucun crédit`,
  notStaffToImport: (role, id, heiIds, omobilityId) =>
    `${role} ${id} n’est pas membre du personnel de ${heiIds.join(' ni de ')} et ne peut pas importer la mobilité ${omobilityId}`,
  importStale: (mobilityId, why, proposal) => `le document de la mobilité ${mobilityId} ne prolonge pas l’historique enregistré : ${STALE[why](proposal)}`,
  importHoldsNothing: (mobilityId) => `le document de la mobilité ${mobilityId} n’a ni première version ni proposition`,
  noAgreementSentBy: (mobilityId, sendingHeiId) => `aucun contrat d’études ${mobilityId} envoyé par ${sendingHeiId}`,
  staleCopy: () => STALE_COPY,
  notTheCurrentProposal: (named, current) => `la proposition de modifications ${named} n’est pas celle en cours (${current ?? 'aucune n’est ouverte'}). ${STALE_COPY}`,
  notSentToUs: (omobilityId, sendingHeiId) => `la mobilité ${omobilityId} n’est pas envoyée par ${sendingHeiId} à un établissement que cet hôte sert`,
};
