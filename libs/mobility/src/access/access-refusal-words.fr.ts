import type { AccessRefusalWords } from './access-refusal-words';
import type { SchoolAction } from './access-table';

const ACTIONS: Record<SchoolAction, string> = {
  'read-regulations': 'lire le règlement des études',
  configure: 'configurer le règlement des études',
  'read-incoming': 'lire les contrats d’études entrants',
};

export const FRENCH_ACCESS_REFUSALS: AccessRefusalWords = {
  readsNeverWrites: (role, id) => `${role} ${id} lit les dossiers étudiants et n’y écrit jamais`,
  schoolActionRefused: (role, id, action, schoolId) => `${role} ${id} ne peut pas ${ACTIONS[action]} de ${schoolId}`,
  notTheStudentsAgreement: (mobilityId, studentId) => `le contrat d’études ${mobilityId} n’est pas l’un de ceux de l’étudiant ${studentId}`,
};
