export { MobilityModule } from './mobility.module';
export { loadSchoolSettings, effectiveConversionRules, type SchoolSettings } from './read/load-school-settings';
export { loadStudent } from './read/load-student';
export { STUDENT_ACCESS, SCHOOL_ACCESS, assertStudentAccess, assertSchoolAccess } from './access/access-table';
export type { SchoolSettingsView } from './read/school-settings-view';
export type { StudentRecordView } from './read/student-record-view';
export type { MobilityStatusView } from './queries/get-mobility-status.query';
