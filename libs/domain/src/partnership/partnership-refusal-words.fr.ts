import { PartnershipAction, PartnershipRefusalWords } from './partnership-refusal-words';

const ACTIONS: Record<PartnershipAction, string> = { recordPartner: 'enregistrer un partenaire', recordIia: 'enregistrer un accord interinstitutionnel (IIA)' };

/** The partnerships' refusals in French; an IIA is an « accord interinstitutionnel ». */
export const FRENCH_PARTNERSHIP_REFUSALS: PartnershipRefusalWords = {
  notPartnerStaff: (role, id, action, partners) => `${role} ${id} ne peut pas ${ACTIONS[action]} : il ne fait pas partie du personnel de ${partners.join(' ou ')}`,
  notThePartnership: (id, partners) => `le partenariat ${id} n’est pas celui qui lie ${partners.join(' et ')}`,
  otherPartnership: (named, held) => `la commande nomme le partenariat ${named} mais le flux contient ${held}`,
  notASchacCode: (id) => `${id} n’est pas un code SCHAC`,
  ownPartner: () => 'une école n’est pas sa propre partenaire',
  partnerIsInstitution: (partner, school) => `${partner} a un accord interinstitutionnel avec ${school} : c’est un établissement`,
  companyWithoutIia: (company) => `${company} est enregistré comme entreprise : un accord interinstitutionnel lie des établissements`,
  partnerNeedsId: () => 'un partenaire demande un identifiant',
  partnerKind: () => 'un partenaire est un établissement ou une entreprise',
  companyIdWithPlus: () => 'l’identifiant d’une entreprise ne peut pas contenir "+"',
  partnerCountry: (country) => `le pays ${country} n’est pas un code ISO 3166-1 alpha-2`,
  unknownMobilityKind: (condition, kind) => `condition ${condition} : type de mobilité inconnu ${kind}`,
  notAnIiaPartner: (condition, heiId) => `condition ${condition} : ${heiId} n’est pas partenaire de l’accord interinstitutionnel`,
  sameInstitutions: (condition) => `condition ${condition} : l’établissement d’origine et l’établissement d’accueil sont le même`,
  academicYears: (condition) => `condition ${condition} : les années universitaires vont d’une première à une dernière, écrites "AAAA/AAAA+1"`,
  mobilitiesPerYear: (condition) => `condition ${condition} : le nombre de mobilités par an est un nombre entier`,
  totalsPerYear: (condition) => `condition ${condition} : les totaux par an sont des nombres décimaux`,
  iscedFCodes: (condition) => `condition ${condition} : les codes ISCED-F ont de 2 à 4 chiffres`,
  eqfLevels: (condition) => `condition ${condition} : les niveaux EQF vont de 1 à 8`,
  iiaPartners: () => 'un accord interinstitutionnel nomme deux établissements distincts par leurs codes SCHAC',
  iiaInEffect: () => 'un accord interinstitutionnel dit s’il est en vigueur',
};
