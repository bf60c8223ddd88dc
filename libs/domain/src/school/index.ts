/**
 * The school's study-regulation settings, stream `school-<schoolId>` (SCHAC code).
 *
 * ConfigureStudyRegulations: minimum weeks abroad per track (apprentices never below 9,
 * CTI-MOB-5), low-carbon travel days (CTI-MOB-8), supervised preparatory-cycle stays
 * (CTI-MOB-1). SetConversionRule / RemoveConversionRule: one rule per credit scheme
 * (CTI-REC-3). SetGradeDistribution / RemoveGradeDistribution: EGRACONS distributions per
 * ISCED-F field. SetSurveyQuestions: the participants' survey, worded by the school
 * (CTI-MOB-9). Only the school's sending staff or an admin act (SCHOOL-STAFF).
 */
export * from './school.rules';
export * from './study-regulations';
export * from './grade-distribution';
export * from './survey-questions';
export * from './school.commands';
export * from './school.events';
export * from './school.state';
export * from './school.evolve';
export * from './school.decider';
export * from './school.stream';
