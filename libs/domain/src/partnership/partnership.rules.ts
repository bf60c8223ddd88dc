/**
 * Ids the partnerships register checks. DOMAIN.md has no rule on partnerships, so these are
 * this system's, taken from the EWP inter-institutional agreement (IIA) where EWP has one.
 */
export const PartnershipRules = {
  'LA-PARTNERSHIP':
    "a learning agreement reaches the receiving institution's signature under an IIA in effect covering both institutions, the academic year and the subject area, or under an individual convention for the mobility",
  'PARTNERSHIP-STAFF': "only the staff of one of the two partners, or an admin, record a partnership",
  'PARTNERSHIP-IIA': 'an IIA binds the two institutions of its partnership; a company partner has none',
  'PARTNERSHIP-CONTENT': 'partners and cooperation conditions are well formed (SCHAC ids, academic years, ISCED-F codes, EQF levels, whole mobilities)',
} as const;

export type PartnershipRuleId = keyof typeof PartnershipRules;
