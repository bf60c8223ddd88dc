import type { Component, Content } from '../api/types';
import { decimalInput } from '../agreements/credit-totals';

/** The tables a student fills in: A (studied abroad), B (recognised at home), C (virtual). */
export const DRAFT_TABLES = ['studiedAbroad', 'recognisedAtHome', 'virtual'] as const;
export type DraftTable = (typeof DRAFT_TABLES)[number];

export const EQF_LEVELS = [6, 7, 8] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const MOBILITY_TYPES = ['semester', 'blended', 'short-term-doctoral', 'traineeship'] as const;
export const TRACKS = ['student', 'apprentice'] as const;
export const STAYS = ['individual', 'group'] as const;
export const ACTIVITIES = ['studies', 'internship', 'research', 'double-degree', 'joint-programme'] as const;

/** One component as typed; its term is "number of" (e.g. 1 of 2), or none. */
export interface ComponentInput {
  key: number;
  code: string;
  title: string;
  value: string;
  scheme: string;
  term: string;
  /** What the form does not show of a component drafted elsewhere, kept as it was. */
  kept?: Pick<Component, 'recognitionConditions'> & { shortDescription?: string };
}

/** The whole form as typed: strings, so that a half-typed value is kept as the person wrote it. */
export interface DraftInput {
  student: { givenNames: string; familyName: string; email: string; globalId: string; birthDate: string; citizenship: string; gender: string; accountId: string };
  sendingHeiId: string;
  sendingUnit: string;
  sendingContact: { name: string; email: string };
  receivingHeiId: string;
  receivingUnit: string;
  receivingContact: { name: string; email: string };
  plannedStart: string;
  plannedEnd: string;
  receivingAcademicYear: string;
  eqfLevel: string;
  iscedFCode: string;
  language: string;
  cefrLevel: string;
  mobilityType: string;
  track: string;
  stay: string;
  activity: string;
  tables: Record<DraftTable, ComponentInput[]>;
}

let nextKey = 0;
export const blankComponent = (): ComponentInput => ({ key: nextKey++, code: '', title: '', value: '', scheme: 'ects', term: '' });

/** The academic year a stay starting that day belongs to: from September on, the year that starts. */
export const academicYearOf = (day: string): string => {
  const [year, month] = day.split('-').map(Number);
  if (!year || !month) return '';
  const first = month >= 9 ? year : year - 1;
  return `${first}/${first + 1}`;
};

const componentInput = (decimal: (value: string) => string) => (component: Component): ComponentInput => ({
  key: nextKey++,
  code: component.code,
  title: component.title,
  value: component.credits[0] ? decimal(component.credits[0].value) : '',
  scheme: component.credits[0]?.scheme ?? 'ects',
  term: component.term ? `${component.term.number}/${component.term.of}` : '',
  kept: {
    ...(component.recognitionConditions !== undefined && { recognitionConditions: component.recognitionConditions }),
    ...((component as { shortDescription?: string }).shortDescription !== undefined && { shortDescription: (component as { shortDescription?: string }).shortDescription }),
  },
});

/** An empty form for a new agreement; the student's own data comes from their sign-in. */
export const emptyDraft = (student: { accountId: string; name?: string; email?: string }, sendingHeiId = ''): DraftInput => {
  const [givenNames = '', ...family] = (student.name ?? '').split(' ');
  return {
    student: { givenNames, familyName: family.join(' '), email: student.email ?? '', globalId: '', birthDate: '', citizenship: '', gender: '', accountId: student.accountId },
    sendingHeiId,
    sendingUnit: '',
    sendingContact: { name: '', email: '' },
    receivingHeiId: '',
    receivingUnit: '',
    receivingContact: { name: '', email: '' },
    plannedStart: '',
    plannedEnd: '',
    receivingAcademicYear: '',
    eqfLevel: '7',
    iscedFCode: '',
    language: '',
    cefrLevel: 'B2',
    mobilityType: 'semester',
    track: 'student',
    stay: 'individual',
    activity: 'studies',
    tables: { studiedAbroad: [blankComponent()], recognisedAtHome: [blankComponent()], virtual: [] },
  };
};

type FullContent = Content & Record<string, unknown>;

/** The draft's content, back into the form; `decimal` writes credits as the reader does ("7,5" in French). */
export const draftInputOf = (content: FullContent, decimal: (value: string) => string): DraftInput => {
  const student = content.student as Content['student'] & Record<string, unknown>;
  const skill = content.languageSkill as { language?: string; cefrLevel?: string } | undefined;
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  return {
    student: {
      givenNames: student.givenNames, familyName: student.familyName, email: text(student.email), globalId: text(student.globalId),
      birthDate: text(student.birthDate), citizenship: text(student.citizenship), gender: text(student.gender), accountId: text(student.accountId),
    },
    sendingHeiId: content.sendingInstitution.heiId,
    sendingUnit: text((content.sendingInstitution as { organisationalUnit?: string }).organisationalUnit),
    sendingContact: { name: text(content.sendingInstitution.contactPerson?.name), email: text(content.sendingInstitution.contactPerson?.email) },
    receivingHeiId: content.receivingInstitution.heiId,
    receivingUnit: text(content.receivingInstitution.organisationalUnit),
    receivingContact: { name: text(content.receivingInstitution.contactPerson?.name), email: text(content.receivingInstitution.contactPerson?.email) },
    plannedStart: content.plannedStart,
    plannedEnd: content.plannedEnd,
    receivingAcademicYear: content.receivingAcademicYear,
    eqfLevel: text(content.eqfLevel),
    iscedFCode: text(content.iscedFCode),
    language: text(skill?.language),
    cefrLevel: text(skill?.cefrLevel),
    mobilityType: text(content.mobilityType),
    track: text(content.track),
    stay: text(content.stay),
    activity: text(content.activity),
    tables: {
      studiedAbroad: content.studiedAbroad.map(componentInput(decimal)),
      recognisedAtHome: content.recognisedAtHome.map(componentInput(decimal)),
      virtual: content.virtual.map(componentInput(decimal)),
    },
  };
};

const component = (input: ComponentInput) => {
  const [number, of] = input.term.split('/').map(Number);
  return {
    code: input.code.trim(),
    title: input.title.trim(),
    credits: [{ scheme: input.scheme, value: decimalInput(input.value) }],
    ...(number && of && { term: { number, of } }),
    ...input.kept,
  };
};

const contact = ({ name, email }: { name: string; email: string }) =>
  name.trim() || email.trim() ? { contactPerson: { name: name.trim(), email: email.trim() } } : {};

/**
 * The body the API drafts from (AgreementContentDto). A contact person left blank is left
 * out: the API accepts the draft and lists it among the exchange gaps (EWP-LA-CONTACT).
 * Tables the form does not show are kept as they were (blended, doctoral).
 */
export const contentOf = (input: DraftInput, kept: { blended?: Component[]; doctoral?: Component[] } = {}) => ({
  student: {
    globalId: input.student.globalId.trim(),
    givenNames: input.student.givenNames.trim(),
    familyName: input.student.familyName.trim(),
    birthDate: input.student.birthDate,
    citizenship: input.student.citizenship.trim().toUpperCase(),
    ...(input.student.gender !== '' && { gender: Number(input.student.gender) }),
    email: input.student.email.trim(),
    accountId: input.student.accountId,
  },
  sendingInstitution: { heiId: input.sendingHeiId.trim(), ...(input.sendingUnit.trim() && { organisationalUnit: input.sendingUnit.trim() }), ...contact(input.sendingContact) },
  receivingInstitution: { heiId: input.receivingHeiId.trim(), ...(input.receivingUnit.trim() && { organisationalUnit: input.receivingUnit.trim() }), ...contact(input.receivingContact) },
  plannedStart: input.plannedStart,
  plannedEnd: input.plannedEnd,
  receivingAcademicYear: input.receivingAcademicYear,
  eqfLevel: Number(input.eqfLevel),
  iscedFCode: input.iscedFCode.trim(),
  languageSkill: { language: input.language.trim().toLowerCase(), cefrLevel: input.cefrLevel },
  mobilityType: input.mobilityType,
  track: input.track,
  stay: input.stay,
  activity: input.activity,
  studiedAbroad: input.tables.studiedAbroad.map(component),
  recognisedAtHome: input.tables.recognisedAtHome.map(component),
  virtual: input.tables.virtual.map(component),
  blended: kept.blended ?? [],
  doctoral: kept.doctoral ?? [],
});
