import type { CefrLevel, ComponentTable, Credit } from '@app/domain';

/**
 * One `<la>` of an EWP `omobility-las-get-response`, as plain data: the XML codec reads and
 * writes it, the mapping to the domain works on it. Names follow the EWP elements.
 */
export type EwpComponent = {
  losId?: string;
  losCode?: string;
  title: string;
  loiId?: string;
  term?: { number: number; of: number };
  credits: Credit[];
  recognitionConditions?: string;
  shortDescription?: string;
  /** Set on a row of `approved-changes` or `changes-proposal` that is a change. */
  status?: 'inserted' | 'deleted';
  reasonCode?: string;
  reasonText?: string;
};

export type EwpSignature = {
  signerName?: string;
  signerPosition?: string;
  signerEmail?: string;
  timestamp: string;
  signerApp?: string;
};

/** EWP `ListOf_Components`: tables A, B, C, blended, doctoral, and the signatures of that version. */
export type EwpComponentLists = {
  tables: Partial<Record<ComponentTable, EwpComponent[]>>;
  studentSignature: EwpSignature;
  sendingHeiSignature: EwpSignature;
  receivingHeiSignature?: EwpSignature;
};

export type EwpStudent = {
  givenNames?: string;
  familyName?: string;
  globalId?: string;
  birthDate?: string;
  citizenship?: string;
  gender?: string;
  email?: string;
};

export type EwpInstitution = {
  heiId: string;
  ounitName?: string;
  ounitId?: string;
  contactPerson: { givenNames: string; familyName: string; email: string };
};

export type EwpLearningAgreement = {
  omobilityId: string;
  sendingHei: EwpInstitution;
  receivingHei: EwpInstitution;
  receivingAcademicYearId: string;
  student: EwpStudent;
  /** A date (YYYY-MM-DD) or, as EWP allows, a year and month (YYYY-MM). */
  start: string;
  end: string;
  eqfLevel: number;
  iscedFCode: string;
  iscedClarification?: string;
  languageSkill: { language: string; cefrLevel: CefrLevel };
  firstVersion?: EwpComponentLists;
  approvedChanges?: EwpComponentLists;
  changesProposal?: EwpComponentLists & { id: string; student?: EwpStudent };
};

/** EWP element names of the component tables, in the order the schema lists them. */
export const EWP_TABLES: ReadonlyArray<[ComponentTable, string]> = [
  ['studiedAbroad', 'components-studied'],
  ['recognisedAtHome', 'components-recognized'],
  ['virtual', 'virtual-components'],
  ['blended', 'blended-mobility-components'],
  ['doctoral', 'short-term-doctoral-components'],
];
