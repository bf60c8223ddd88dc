/**
 * Credits and grades across schemes: exact decimal arithmetic on decimal strings, the
 * conversion of a credit to ECTS with the rule used (CTI-REC-3), the school's default rules,
 * the EGRACONS grade conversion by percentile band, and the ceiling of a plausible credit.
 */
export * from './decimal';
export * from './conversion-rule';
export * from './default-conversion-rules';
export * from './convert-credit';
export * from './pending-reason';
export * from './grade-conversion';
export * from './credit-plausibility';
