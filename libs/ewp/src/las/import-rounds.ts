import { COMPONENT_TABLES, applyChanges, studentChangesBetween } from '@app/domain';
import type { Actor, AgreementContent, ComponentChange, ComponentTable, MobilityType, Party, Signer } from '@app/domain';
import { componentCodeOf, domainReasonOf, toDomainComponent } from './component-mapping';
import { EwpComponent, EwpComponentLists, EwpLearningAgreement, EwpSignature } from './la-document';
import { signerFieldsOf } from './signer-mapping';
import { toDomainStudent } from './student-mapping';

/**
 * A signature the document lists, as the document states it: the party, whom it names and the
 * time it claims. Never a command's actor or clock: only the importer's own party signs, as the
 * importer (LA-REPORT); the others are recorded as the partner's report.
 */
export type DocumentSignature = { party: Party; signer: Signer; claimedAt: string; ewp: EwpSignature };

/**
 * One signing round the document shows: the first version (a draft signed by up to three
 * parties) or an amendment. `changes` are the document's own rows, relative to the round before.
 * `author` is the sending institution as the document names it, which drafts and proposes in EWP.
 */
export type ImportRound = {
  kind: 'draft' | 'amendment';
  content: AgreementContent;
  changes?: ComponentChange[];
  signatures: DocumentSignature[];
  author: Actor;
};

/** Fields the domain keeps and EWP does not carry: from the recorded agreement when there is one. */
export type LocalFields = Pick<AgreementContent, 'mobilityType' | 'track' | 'stay' | 'activity'> & { accountId: string };

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** EWP allows a year and month; the domain plans by day: the first of the month, or its last. */
const dayOf = (value: string, end: 'start' | 'end'): string => {
  const match = YEAR_MONTH.exec(value);
  if (!match) return value;
  const [, year, month] = match;
  if (end === 'start') return `${year}-${month}-01`;
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(lastDay).padStart(2, '0')}`;
};

const mobilityTypeOf = (tables: EwpComponentLists['tables']): MobilityType => {
  if (tables.blended?.length) return 'blended';
  if (tables.doctoral?.length) return 'short-term-doctoral';
  return 'semester';
};

const tablesOf = (lists: EwpComponentLists) =>
  Object.fromEntries(COMPONENT_TABLES.map((table) => [table, (lists.tables[table] ?? []).map(toDomainComponent)])) as Record<
    ComponentTable,
    AgreementContent['studiedAbroad']
  >;

export const contentOf = (la: EwpLearningAgreement, lists: EwpComponentLists, local?: LocalFields): AgreementContent => {
  const contact = (hei: EwpLearningAgreement['sendingHei']) => ({
    heiId: hei.heiId,
    ...(hei.ounitName !== undefined && { organisationalUnit: hei.ounitName }),
    contactPerson: { name: `${hei.contactPerson.givenNames} ${hei.contactPerson.familyName}`.trim(), email: hei.contactPerson.email },
  });
  const globalId = la.student.globalId ?? '';
  const { gender } = toDomainStudent(la.student);
  return {
    student: {
      globalId,
      givenNames: la.student.givenNames ?? '',
      familyName: la.student.familyName ?? '',
      birthDate: la.student.birthDate ?? '',
      citizenship: la.student.citizenship ?? '',
      email: la.student.email ?? '',
      ...(gender !== undefined && { gender }),
      // A student known only through EWP acts under their European Student Identifier.
      accountId: local?.accountId ?? globalId,
    },
    sendingInstitution: contact(la.sendingHei),
    receivingInstitution: contact(la.receivingHei),
    plannedStart: dayOf(la.start, 'start'),
    plannedEnd: dayOf(la.end, 'end'),
    receivingAcademicYear: la.receivingAcademicYearId,
    eqfLevel: la.eqfLevel as AgreementContent['eqfLevel'],
    iscedFCode: la.iscedFCode,
    languageSkill: la.languageSkill,
    mobilityType: local?.mobilityType ?? mobilityTypeOf(lists.tables),
    track: local?.track ?? 'student',
    stay: local?.stay ?? 'individual',
    activity: local?.activity ?? 'studies',
    ...tablesOf(lists),
  };
};

/** The document's change rows as domain changes, in document order. */
const changesOf = (lists: EwpComponentLists): ComponentChange[] =>
  Object.entries(lists.tables).flatMap(([table, rows]) =>
    (rows ?? [])
      .filter((row) => row.status !== undefined)
      .map((row): ComponentChange =>
        row.status === 'deleted'
          ? { op: 'delete', table: table as ComponentTable, code: componentCodeOf(row), reason: domainReasonOf('delete', row) }
          : { op: 'insert', table: table as ComponentTable, component: toDomainComponent(row), reason: domainReasonOf('insert', row) },
      ),
  );

/** Whom a document's signature names: the agreement's student, or the institution's signer as the document gives them. */
const documentSigner = (la: EwpLearningAgreement, content: AgreementContent, party: Party, signature: EwpSignature): Signer => {
  if (party === 'student') return { id: content.student.accountId, ...signerFieldsOf(signature) };
  const hei = party === 'sending' ? la.sendingHei.heiId : la.receivingHei.heiId;
  return { id: `ewp:${signature.signerEmail ?? signature.signerName ?? hei}`, ...signerFieldsOf(signature) };
};

const signaturesOf = (la: EwpLearningAgreement, content: AgreementContent, lists: EwpComponentLists): DocumentSignature[] =>
  (
    [
      ['student', lists.studentSignature],
      ['sending', lists.sendingHeiSignature],
      ['receiving', lists.receivingHeiSignature],
    ] as const
  ).flatMap(([party, ewp]) => (ewp ? [{ party, signer: documentSigner(la, content, party, ewp), claimedAt: ewp.timestamp, ewp }] : []));

/** The sending institution as the document's round names it: EWP has it draft and propose. */
const authorOf = (la: EwpLearningAgreement, content: AgreementContent, lists: EwpComponentLists): Actor => ({
  ...documentSigner(la, content, 'sending', lists.sendingHeiSignature),
  role: 'sending',
  institution: la.sendingHei.heiId,
});

const roundOf = (
  la: EwpLearningAgreement,
  kind: ImportRound['kind'],
  content: AgreementContent,
  lists: EwpComponentLists,
  signedContent = content,
): ImportRound => ({ kind, content, signatures: signaturesOf(la, signedContent, lists), author: authorOf(la, signedContent, lists) });

/** A content with these component changes, if any: an amendment may change only the student's data. */
const withChanges = (content: AgreementContent, changes: readonly ComponentChange[]) =>
  changes.length > 0 ? applyChanges(content, changes) : content;

/**
 * The rounds an EWP document records, in order: the first version, the approved changes
 * (cumulative against the first version, so replayed as one amendment), then the open
 * proposal; or, before the first version exists, the proposal as the draft. The document's
 * `<student>` is the student as the version in force has them, so every round starts from it;
 * the proposal's own `<student>` (LA-STUDENT) changes what it names, where it differs.
 */
export const importRounds = (la: EwpLearningAgreement, local?: LocalFields): ImportRound[] => {
  const { firstVersion, approvedChanges, changesProposal } = la;
  if (!firstVersion) {
    if (!changesProposal) return [];
    return [roundOf(la, 'draft', contentOf(la, changesProposal, local), changesProposal)];
  }
  const first = contentOf(la, firstVersion, local);
  const rounds: ImportRound[] = [roundOf(la, 'draft', first, firstVersion)];
  let base = first;
  if (approvedChanges) {
    const content = withChanges(first, changesOf(approvedChanges));
    rounds.push(roundOf(la, 'amendment', content, approvedChanges));
    base = content;
  }
  if (changesProposal) {
    const changes = changesOf(changesProposal);
    const proposed = withChanges(base, changes);
    const studentChanges = changesProposal.student ? studentChangesBetween(base.student, toDomainStudent(changesProposal.student)) : {};
    const content = { ...proposed, student: { ...proposed.student, ...studentChanges } };
    rounds.push({ ...roundOf(la, 'amendment', content, changesProposal, base), changes });
  }
  return rounds;
};

/** Reasons for re-deriving the approved changes against another version: the document's own rows. */
export const reasonsOfDocument = (lists: EwpComponentLists | undefined) => (op: ComponentChange['op'], table: ComponentTable, code: string) => {
  const status = op === 'insert' ? 'inserted' : 'deleted';
  const row = (lists?.tables[table] ?? []).find((candidate: EwpComponent) => candidate.status === status && componentCodeOf(candidate) === code);
  return row ? domainReasonOf(op, row) : { other: 'no reason given' };
};

