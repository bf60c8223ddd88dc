/**
 * The mobility requirement, evaluated: `evaluateMobilityStatus` folds a student's profile,
 * school settings, learning agreements, declared stays and per-stay records into a status
 * (exempt, fulfilled, in-progress, planned, at-risk, not-met, derogation-granted) with the
 * rule deciding each stay. Pure: no clock, no store. `isIncoming` tells CTI-IN-1 agreements apart.
 */
export * from './mobility.rules';
export * from './agreement-summary';
export * from './mobility-status.types';
export { evaluateMobilityStatus } from './evaluate-mobility-status';
export { isExempt } from './exemption';
export { minimumWeeks } from './minimum-weeks';
export { daysInclusive, weeksOf } from './stay-days';
export { countryOfHeiId } from './receiving-country';
export { mobilityAgreementOf } from './mobility-agreement';
export { MobilityWords } from './mobility-words';
export { MOBILITY_WORDS } from './mobility-words.tables';
