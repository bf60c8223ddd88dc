import { DomainError, ExchangeRules, LANGUAGES, SIGNING_ORDER, WARNING_WORDS, contentInEffect, exchangeGapsOf, versionInForce } from '@app/domain';
import type {
  AgreementContent,
  AgreementState,
  ChangeReason,
  ComponentChange,
  ComponentTable,
  Institution,
  Language,
  Said,
  Signature,
  StudentChanges,
} from '@app/domain';
import { EWP_REFUSAL_WORDS, ewpRefusal } from '../ewp-refusal-words';
import { ewpRuleBroken } from '../ewp.rules';
import { ewpReasonOf, toEwpComponent } from './component-mapping';
import { EWP_TABLES, EwpComponent, EwpComponentLists, EwpInstitution, EwpLearningAgreement, EwpSignature, EwpStudent } from './la-document';
import { proposalId } from './proposal-id';
import { toEwpStudent } from './student-mapping';
import { diffTables } from './table-diff';

/** What EWP asks of a signature: the student's names only time and application (signer fields SHOULD NOT be set). */
const ewpSignature = (signature: Signature): EwpSignature => {
  const { signer, at, party } = signature;
  const app = signer.signerApp ?? 'mobility-ledger';
  if (party === 'student') return { timestamp: at, signerApp: app };
  return { signerName: signer.name ?? signer.id, signerPosition: signer.position, signerEmail: signer.email, timestamp: at, signerApp: app };
};

const signaturesOf = (signatures: readonly Signature[]) => {
  const of = (party: (typeof SIGNING_ORDER)[number]) => {
    const signature = signatures.find((candidate) => candidate.party === party);
    return signature && ewpSignature(signature);
  };
  return { studentSignature: of('student')!, sendingHeiSignature: of('sending')!, receivingHeiSignature: of('receiving') };
};

/** Tables A and B always (EWP requires them for semester mobilities), the others when used. */
const fullTables = (content: AgreementContent): EwpComponentLists['tables'] =>
  Object.fromEntries(
    EWP_TABLES.filter(([table]) => table === 'studiedAbroad' || table === 'recognisedAtHome' || content[table].length > 0).map(
      ([table]) => [table, content[table].map(toEwpComponent)],
    ),
  );

/** Changed rows only, each with its status and reason; a deleted row shows the component as it was. */
const changedTables = (base: AgreementContent, changes: readonly ComponentChange[]): EwpComponentLists['tables'] => {
  const tables: Partial<Record<ComponentTable, EwpComponent[]>> = {};
  for (const change of changes) {
    const component =
      change.op === 'insert' ? change.component : base[change.table].find((row) => row.code === change.code)!;
    const row: EwpComponent = {
      ...toEwpComponent(component),
      status: change.op === 'insert' ? 'inserted' : 'deleted',
      ...ewpReasonOf(change.reason),
    };
    tables[change.table] = [...(tables[change.table] ?? []), row];
  }
  return tables;
};

/** Only called once `assertExchangeable` found the contact person there. */
const institution = (hei: Institution): EwpInstitution => {
  const contact = hei.contactPerson!;
  const words = contact.name.trim().split(/\s+/);
  // EWP splits the name; the domain keeps it whole. The last word is taken as the family name.
  const familyName = words.length > 1 ? words.pop()! : words[0];
  return {
    heiId: hei.heiId,
    ounitName: hei.organisationalUnit,
    contactPerson: { givenNames: words.join(' '), familyName, email: contact.email },
  };
};

/** The latest reason recorded for a change of this code, across the approved amendments. */
const reasonsOfHistory =
  (state: AgreementState) =>
  (op: ComponentChange['op'], table: ComponentTable, code: string): ChangeReason => {
    const changes = state.versions.flatMap((version) => version.changes ?? []);
    const match = changes.findLast(
      (change) => change.op === op && change.table === table && (change.op === 'insert' ? change.component.code : change.code) === code,
    );
    return match?.reason ?? { other: 'changed by successive amendments' };
  };

const approvedChanges = (state: AgreementState): EwpComponentLists | undefined => {
  const [first] = state.versions;
  const latest = versionInForce(state)!;
  if (latest.number === 1) return undefined;
  // EWP's approved-changes is cumulative: the latest version against the first, not the last amendment.
  const changes = diffTables(first.content, latest.content, reasonsOfHistory(state));
  return { tables: changedTables(first.content, changes), ...signaturesOf(latest.signatures) };
};

/** A proposal's `<student>`: what it changes, or nothing when erasure left nothing to show. */
const proposedStudent = (changes: StudentChanges | undefined): EwpStudent | undefined => {
  const student = changes && toEwpStudent(changes);
  return student && Object.values(student).some((value) => value !== undefined) ? student : undefined;
};

const withId = (omobilityId: string, lists: EwpComponentLists, student?: EwpStudent) => ({
  ...lists,
  ...(student && { student }),
  id: proposalId(omobilityId, lists.tables, student),
});

/**
 * The draft, or the open amendment, once the student and the sending institution have
 * signed it. A draft not yet that far cannot be published (EWP-LA-PUBLISH): `quiet` says
 * there is no proposal instead of refusing.
 */
export const ewpChangesProposal = (
  omobilityId: string,
  state: AgreementState,
  unpublished: 'refuse' | 'quiet' = 'refuse',
): EwpLearningAgreement['changesProposal'] => {
  const inForce = versionInForce(state);
  if (!inForce) {
    if (state.signatures.length < 2) {
      if (unpublished === 'quiet') return undefined;
      throw ewpRuleBroken('EWP-LA-PUBLISH', ewpRefusal('draftNotPublishable', omobilityId));
    }
    return withId(omobilityId, { tables: fullTables(state.current!.content), ...signaturesOf(state.signatures) });
  }
  const proposal = state.proposal;
  if (!proposal || proposal.signatures.length < 2) return undefined;
  const base = state.versions.find((version) => version.number === proposal.baseVersion)!.content;
  const lists = { tables: changedTables(base, proposal.changes), ...signaturesOf(proposal.signatures) };
  return withId(omobilityId, lists, proposedStudent(proposal.studentChanges));
};

/**
 * Refuses, with the rule of the first gap and every gap named, content EWP cannot carry: the
 * same list the agreement view shows as warnings while drafting (exchangeGapsOf).
 */
const assertExchangeable = (omobilityId: string, content: AgreementContent): void => {
  const gaps = exchangeGapsOf(content);
  if (gaps.length === 0) return;
  // Each language lists the gaps as the agreement view warns of them in that language.
  const listedIn = (language: Language) =>
    exchangeGapsOf(content, WARNING_WORDS[language]).map((gap) => `${gap.ruleId} ${gap.field}: ${gap.detail}`).join(' ');
  const said = Object.fromEntries(LANGUAGES.map((language) => [language, EWP_REFUSAL_WORDS[language].notExchangeable(omobilityId, listedIn(language))])) as Said;
  throw ewpRuleBroken(gaps[0].ruleId, said);
};

/** The agreement as EWP's omobility-las `get` endpoint shows it (first version, approved changes, proposal). */
export const toEwpLearningAgreement = (state: AgreementState): EwpLearningAgreement => {
  const omobilityId = state.mobilityId!;
  const first = state.versions[0];
  const content = (first ?? state.current!).content;
  // The version in force with its minor changes (LA-MINOR): dates and contacts EWP shows outside the signed tables.
  const latest = contentInEffect(state) ?? content;
  assertExchangeable(omobilityId, latest);
  return {
    omobilityId,
    sendingHei: institution(latest.sendingInstitution),
    receivingHei: institution(latest.receivingInstitution),
    receivingAcademicYearId: latest.receivingAcademicYear,
    // EWP shows the student as the version in force has them; a proposal's `<student>` says what it changes.
    student: toEwpStudent(latest.student),
    start: latest.plannedStart,
    end: latest.plannedEnd,
    eqfLevel: latest.eqfLevel,
    iscedFCode: latest.iscedFCode,
    languageSkill: latest.languageSkill,
    firstVersion: first && { tables: fullTables(first.content), ...signaturesOf(first.signatures) },
    approvedChanges: first && approvedChanges(state),
    changesProposal: ewpChangesProposal(omobilityId, state),
  };
};

/** The refusals that say an agreement is not for partners yet: unpublished (EWP-LA-PUBLISH) or holding what EWP cannot carry. */
const NOT_FOR_PARTNERS_YET = new Set<string>(['EWP-LA-PUBLISH', ...Object.keys(ExchangeRules)]);

/**
 * The agreement as a partner's host sees it, or undefined while it is not published or cannot
 * go over EWP yet: the one rule of what partners see, for `index`, `get` and the notifications
 * alike. Any other error (a bug, the store down) is thrown, never read as "not there".
 */
export const publishedLearningAgreement = (state: AgreementState): EwpLearningAgreement | undefined => {
  if (!state.current) return undefined;
  try {
    return toEwpLearningAgreement(state);
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'rule' && NOT_FOR_PARTNERS_YET.has(error.ruleId ?? '')) return undefined;
    throw error;
  }
};
