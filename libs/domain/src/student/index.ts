/**
 * The student's mobility record, stream `student-<studentId>` (the account id the
 * agreements name as `student.accountId`).
 *
 * RecordProfile first (staff): nationality, secondary diploma, track, school, graduation
 * year, decide CTI-MOB-2 and the minimum. Then DeclareStay / RecordStayDates for stays no
 * agreement carries; per stay (agreement mobility or declared stay) RecordInternshipAgreement
 * (CTI-MOB-6), RecordLowCarbonTravel (CTI-MOB-8), RecordPreparation / RecordFollowUp /
 * RecordDebrief (CTI-MOB-9), RecordApprenticeshipModality (CTI-MOB-5); GrantDerogation /
 * RevokeDerogation. The student declares stays and travel; only staff record the rest.
 */
export * from './student.rules';
export * from './student.profile';
export * from './student.stay';
export * from './stay-records';
export * from './derogation';
export * from './student.commands';
export * from './student.events';
export * from './student.state';
export * from './student.evolve';
export * from './student.decider';
export * from './student.stream';
export { STAY_KINDS } from './validate-stay';
export { requireProfile } from './student.actor';
export * from './survey';
export { upcastStudentEvent } from './survey-answered.upcast';
