/**
 * Ids the institutions register checks. DOMAIN.md has no rule on naming institutions, so
 * these are this system's: EWP names an institution by its SCHAC code, people by its name.
 */
export const InstitutionRules = {
  'INSTITUTION-ADMIN': 'only an admin records or corrects an institution of the register',
  'INSTITUTION-CONTENT': 'an institution has a SCHAC code (a domain name), an ISO 3166-1 alpha-2 country and a name',
} as const;

export type InstitutionRuleId = keyof typeof InstitutionRules;
