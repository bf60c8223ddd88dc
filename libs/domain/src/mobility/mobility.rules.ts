/** Every rule the mobility evaluation reports, with the words of DOMAIN.md. */
export const MobilityRules = {
  'CTI-MOB-1': 'a stay abroad is mandatory; a preparatory-cycle stay counts only when supervised and the school counts it',
  'CTI-MOB-2': 'international students are exempt',
  'CTI-MOB-3': 'a group stay of the same class does not count',
  'CTI-MOB-4': 'internationalisation at home never replaces the stay',
  'CTI-MOB-5': 'apprentices: at least 9 weeks, 12 recommended, a legal modality for stays over 4 weeks',
  'CTI-MOB-6': 'an internship counts when a tripartite internship agreement covers it',
  'CTI-MOB-7': 'a gap period never satisfies the mandatory stay',
  'CTI-MOB-8': 'low-carbon travel days count as the study regulations say, up to their maximum',
  'CTI-MOB-9': 'the school prepares, follows and debriefs each stay',
  'CTI-IN-1': 'when the school is the receiving party the mobility is incoming, not the student’s stay abroad',
  'CTI-LA-1': 'an agreement is a plan once all three parties signed it',
  'MOB-STATUS': 'the status follows counted days against the minimum, the derogation and the graduation year',
} as const;

export type MobilityRuleId = keyof typeof MobilityRules;
