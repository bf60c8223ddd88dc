import { PartnershipAction, PartnershipRefusalWords } from './partnership-refusal-words';

const ACTIONS: Record<PartnershipAction, string> = { recordPartner: 'record a partner', recordIia: 'record an IIA' };

/** The partnerships' refusals in English. */
export const ENGLISH_PARTNERSHIP_REFUSALS: PartnershipRefusalWords = {
  notPartnerStaff: (role, id, action, partners) => `${role} ${id} cannot ${ACTIONS[action]}: it is not staff of ${partners.join(' or ')}`,
  notThePartnership: (id, partners) => `partnership ${id} is not the one between ${partners.join(' and ')}`,
  otherPartnership: (named, held) => `command names partnership ${named} but the stream holds ${held}`,
  notASchacCode: (id) => `${id} is not a SCHAC code`,
  ownPartner: () => 'a school is not its own partner',
  partnerIsInstitution: (partner, school) => `${partner} has an IIA with ${school}: it is an institution`,
  companyWithoutIia: (company) => `${company} is recorded as a company: IIAs bind institutions`,
  partnerNeedsId: () => 'a partner needs an id',
  partnerKind: () => 'a partner is an institution or a company',
  companyIdWithPlus: () => 'a company id cannot contain "+"',
  partnerCountry: (country) => `country ${country} is not an ISO 3166-1 alpha-2 code`,
  unknownMobilityKind: (condition, kind) => `condition ${condition}: unknown mobility kind ${kind}`,
  notAnIiaPartner: (condition, heiId) => `condition ${condition}: ${heiId} is not a partner of the IIA`,
  sameInstitutions: (condition) => `condition ${condition}: the sending and receiving institutions are the same`,
  academicYears: (condition) => `condition ${condition}: academic years run from a first to a last "YYYY/YYYY+1"`,
  mobilitiesPerYear: (condition) => `condition ${condition}: mobilities per year is a whole number`,
  totalsPerYear: (condition) => `condition ${condition}: totals per year are decimal numbers`,
  iscedFCodes: (condition) => `condition ${condition}: ISCED-F codes have 2 to 4 digits`,
  eqfLevels: (condition) => `condition ${condition}: EQF levels run from 1 to 8`,
  iiaPartners: () => 'an IIA names two distinct institutions by their SCHAC codes',
  iiaInEffect: () => 'an IIA says whether it is in effect',
};
