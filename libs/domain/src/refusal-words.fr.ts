import { RefusalWords } from './refusal-words';

/** Refusals in French. */
export const FRENCH_REFUSALS: RefusalWords = {
  noAccessRule: (method, path) => `aucune règle d’accès ne couvre ${method} ${path}`,
  accessForbidden: (role, id, action) => `${role} ${id} n’a pas le droit de faire ${action}`,
  noAgreement: (mobilityId) => (mobilityId ? `aucun contrat d’études ${mobilityId}` : 'aucun contrat d’études'),
  agreementDeleted: (mobilityId) => `le contrat d’études de la mobilité ${mobilityId} a été supprimé`,
  noStudentRecord: (studentId) => `aucun dossier étudiant ${studentId}`,
  staleContentHash: (signed, current) => `la signature porte sur l’empreinte ${signed} mais la version actuelle est ${current}`,
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
};
