export { AgreementsModule } from './agreements.module';
export { DecideAgreement } from './application/decide-agreement.command';
export type { RequestContext } from './application/request-context';
export type { AgreementView } from './read/agreement-view';
