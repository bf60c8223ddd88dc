import type { PartnerRefusalWords } from './partner-refusal-words';

export const FRENCH_PARTNER_REFUSALS: PartnerRefusalWords = {
  noEwpHost: () => 'ce registre n’est pas un hôte EWP (EWP_HEIS est vide)',
  servedHere: (heiId) => `${heiId} est servi ici : signez ou refusez dans le registre lui-même`,
  noOpenProposal: (mobilityId) => `la copie de ${mobilityId} enregistrée ici ne montre aucun avenant ouvert`,
  sendingRefused: (message) => `l’établissement d’origine a refusé : ${message}`,
  sendingRefusedRequest: (message) => `l’établissement d’origine a refusé (400) : ${message}`,
};
