export { AGREEMENT_DIRECTORY, agreementDirectoryProjection } from './agreement-directory.projection';
export { PARTNERSHIP_REGISTER, partnershipRegisterProjection } from './partnership-register.projection';
export { ProjectedAgreementSummaries } from './projected-agreement-summaries';
export { ProjectedPartnershipRegister } from './projected-partnership-register';
export { entryOf } from './directory-entry';
