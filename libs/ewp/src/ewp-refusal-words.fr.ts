import type { EwpRefusalWords } from './ewp-refusal-words';

export const FRENCH_EWP_REFUSALS: EwpRefusalWords = {
  draftNotPublishable: (omobilityId) => `le brouillon de la mobilité ${omobilityId} attend les signatures de l’étudiant et de l’établissement d’origine`,
  noRegistryHost: (heiId, api) => `aucun hôte du catalogue du Registry ne couvre ${heiId} pour l’API ${api}`,
  noRegistryEndpoint: (api, heiId, endpoint) => `l’API ${api} de l’hôte de ${heiId} n’a pas de ${endpoint} dans le catalogue du Registry`,
};
