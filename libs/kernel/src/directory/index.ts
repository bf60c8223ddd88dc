export { agreementRelationOf, relationToState } from './agreement-relation';
export { AgreementSummaries, summaryOf } from './agreement-summaries';
export type { AgreementEntry, AgreementSummary, SummaryFilter } from './agreement-summaries';
export { PartnershipRegister } from './partnership-register';
