export { PartnershipsModule } from './partnerships.module';
export { DecidePartnership } from './application/decide-partnership.command';
export { loadPartnership } from './read/load-partnership';
export type { PartnershipView } from './read/partnership-view';
