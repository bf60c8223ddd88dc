/** What partner staff was refused: recording a partner or an IIA (PARTNERSHIP-STAFF). */
export type PartnershipAction = 'recordPartner' | 'recordIia';

/**
 * The sentences of the partnerships' refusals (PARTNERSHIP-STAFF, PARTNERSHIP-CONTENT,
 * PARTNERSHIP-IIA), one table per language (partnership-refusal-words.en.ts, .fr.ts).
 * `condition` is an IIA's condition by its place, from 1.
 */
export interface PartnershipRefusalWords {
  notPartnerStaff: (role: string, id: string, action: PartnershipAction, partners: readonly string[]) => string;
  notThePartnership: (id: string, partners: readonly string[]) => string;
  otherPartnership: (named: string, held: string) => string;
  notASchacCode: (id: string) => string;
  ownPartner: () => string;
  partnerIsInstitution: (partner: string, school: string) => string;
  companyWithoutIia: (company: string) => string;
  partnerNeedsId: () => string;
  partnerKind: () => string;
  companyIdWithPlus: () => string;
  partnerCountry: (country: string) => string;
  unknownMobilityKind: (condition: number, kind: string) => string;
  notAnIiaPartner: (condition: number, heiId: string) => string;
  sameInstitutions: (condition: number) => string;
  academicYears: (condition: number) => string;
  mobilitiesPerYear: (condition: number) => string;
  totalsPerYear: (condition: number) => string;
  iscedFCodes: (condition: number) => string;
  eqfLevels: (condition: number) => string;
  iiaPartners: () => string;
  iiaInEffect: () => string;
}
