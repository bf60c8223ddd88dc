import { Detail, ExchangeRules, ruleBroken } from '@app/domain';

/** The checks of EWP interoperability; every refusal names one, as the domain's rules do. */
export const EwpRules = {
  'EWP-SCHEMA': 'a document received or sent validates against its EWP schema',
  'EWP-XML-DOCTYPE': 'a document received declares no DOCTYPE (EWP documents have none; entities could read files or expand without end)',
  // What the content must hold to be exported; the domain keeps them, as its drafts warn about them.
  ...ExchangeRules,
  'EWP-LA-PUBLISH': 'a learning agreement is published over EWP once the student and the sending institution have signed it',
  'EWP-LA-PROPOSAL': 'an update request names the changes proposal as it is now (EWP answers 409 otherwise)',
  'EWP-LA-IMPORT': 'an imported learning agreement continues the history already recorded for its mobility',
  'EWP-HOST': "the ledger is an EWP host only for the HEIs EWP_HEIS names: it serves their agreements to partners' hosts, and answers over EWP only agreements another host sends",
  'EWP-HTTPSIG': 'every request to the host and every answer from a partner is signed with a key the Registry catalogue binds to its host',
  'EWP-PARAMS': 'a request to the host gives the parameters its EWP API requires, within their limits',
  'EWP-REGISTRY': "a partner's host is found in the Registry catalogue, by the HEI it covers and the API it implements",
} as const;

export type EwpRuleId = keyof typeof EwpRules;

export const ewpRuleBroken = (ruleId: EwpRuleId, detail: Detail) => ruleBroken(ruleId, detail);
