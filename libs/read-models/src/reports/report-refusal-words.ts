import { refusalsOf } from '@app/domain';
import { ENGLISH_REPORT_REFUSALS } from './report-refusal-words.en';
import { FRENCH_REPORT_REFUSALS } from './report-refusal-words.fr';

/** The refusals of the cohort report’s query (REPORT-SCOPE, REPORT-YEAR), one table per language (report-refusal-words.en.ts, .fr.ts). */
export interface ReportRefusalWords {
  reportOutOfScope: (role: string, id: string, school: string) => string;
  academicYearSpan: (academicYear: string) => string;
}

/** A refusal of these tables, said in every language; the edge answers with the reader's. */
export const reportRefusal = refusalsOf<ReportRefusalWords>({ en: ENGLISH_REPORT_REFUSALS, fr: FRENCH_REPORT_REFUSALS });
