export { AgreementsModule } from './agreements.module';
export { DecideAgreement } from './application/decide-agreement.command';
export { loadAgreement } from './read/load-agreement';
export { assertMayRead } from './read/agreement-access';
export { AgreementAccessModule } from './http/agreement-access.module';
export { AgreementSummaries } from './read/agreement-summaries';
export { AgreementSummariesModule } from './read/agreement-summaries.module';
export { CreditDto, DECIMAL } from './http/dto';
export type { AgreementView } from './read/agreement-view';
