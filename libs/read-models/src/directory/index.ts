export { AGREEMENT_DIRECTORY, agreementDirectoryProjection } from './agreement-directory.projection';
export { PARTNERSHIP_REGISTER, partnershipRegisterProjection } from './partnership-register.projection';
export { INSTITUTION_REGISTER, institutionRegisterProjection } from './institution-register.projection';
export { ProjectedAgreementSummaries } from './projected-agreement-summaries';
export { ProjectedPartnershipRegister } from './projected-partnership-register';
export { ProjectedInstitutionRegister } from './projected-institution-register';
export { entryOf } from './directory-entry';
export { STUDENT_ROSTER, studentRosterProjection } from './student-roster.projection';
export { ProjectedStudentRoster } from './projected-student-roster';
