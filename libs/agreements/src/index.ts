export { AgreementsModule } from './agreements.module';
export { DecideAgreement } from './application/decide-agreement.command';
export { withCoverageOn } from './application/partnership-coverage';
export { loadAgreement } from './read/load-agreement';
export { assertMayRead } from './read/agreement-access';
export { AgreementAccessModule } from './http/agreement-access.module';
export type { AgreementView } from './read/agreement-view';
