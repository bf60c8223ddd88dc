import type { ReportRefusalWords } from './report-refusal-words';

export const ENGLISH_REPORT_REFUSALS: ReportRefusalWords = {
  reportOutOfScope: (role, id, school) => `${role} ${id} cannot read the cohort report of ${school}`,
  academicYearSpan: (academicYear) => `academic year ${academicYear} must span two consecutive years`,
};
