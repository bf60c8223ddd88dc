import type { ReportRefusalWords } from './report-refusal-words';

export const FRENCH_REPORT_REFUSALS: ReportRefusalWords = {
  reportOutOfScope: (role, id, school) => `${role} ${id} ne peut pas lire le rapport de promotion de ${school}`,
  academicYearSpan: (academicYear) => `l’année universitaire ${academicYear} doit couvrir deux années consécutives`,
};
