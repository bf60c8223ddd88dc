import type { AccessRefusalWords } from './access-refusal-words';

export const ENGLISH_ACCESS_REFUSALS: AccessRefusalWords = {
  readsNeverWrites: (role, id) => `${role} ${id} reads student records and never writes them`,
  schoolActionRefused: (role, id, action, schoolId) => `${role} ${id} cannot ${action} of ${schoolId}`,
  notTheStudentsAgreement: (mobilityId, studentId) => `learning agreement ${mobilityId} is not one of student ${studentId}'s`,
};
