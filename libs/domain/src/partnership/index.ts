/**
 * The partnerships register, stream `partnership-<a>+<b>` (the two partner ids, sorted).
 *
 * RecordPartner: the school records a partner, an institution (SCHAC code) or a company
 * hosting interns. RecordIia: an inter-institutional agreement between the two institutions
 * and its cooperation conditions (EWP IIA v7); the same terms again change nothing, new terms
 * under the same ids revise it. coverageOf tells the drafting check whether an IIA in effect
 * covers a mobility (LA-PARTNERSHIP); partnershipQuotas counts mobilities against those agreed.
 */
export * from './partnership.rules';
export * from './partnership.types';
export * from './partnership.commands';
export * from './partnership.events';
export * from './partnership.state';
export * from './partnership.evolve';
export * from './partnership.decider';
export * from './partnership.stream';
export * from './coverage';
export * from './quotas';
export { iiaKeyOf, recordedKeyOf } from './iia-key';
export { SCHAC_CODE, isSchacCode, startYearOf } from './validate-partnership';
