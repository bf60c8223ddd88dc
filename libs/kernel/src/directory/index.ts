export { agreementRelationOf, relationToState } from './agreement-relation';
export { AgreementSummaries, summaryOf } from './agreement-summaries';
export type { AgreementEntry, AgreementSummary, SummaryFilter } from './agreement-summaries';
export { PartnershipRegister } from './partnership-register';
export { InstitutionRegister } from './institution-register';
export type { InstitutionEntry, InstitutionSource } from './institution-register';
export { matchesWords } from './matches-words';
export { StudentRoster } from './student-roster';
export type { RosterEntry } from './student-roster';
