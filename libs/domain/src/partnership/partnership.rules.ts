/**
 * Ids the partnerships register checks (the drafting check itself is the agreement's LA-PARTNERSHIP). DOMAIN.md has no rule on partnerships, so these are
 * this system's, taken from the EWP inter-institutional agreement (IIA) where EWP has one.
 */
export const PartnershipRules = {
  'PARTNERSHIP-STAFF': "only the staff of one of the two partners, or an admin, record a partnership",
  'PARTNERSHIP-IIA': 'an IIA binds the two institutions of its partnership; a company partner has none',
  'PARTNERSHIP-CONTENT': 'partners and cooperation conditions are well formed (SCHAC ids, academic years, ISCED-F codes, EQF levels, whole mobilities)',
} as const;

export type PartnershipRuleId = keyof typeof PartnershipRules;
