import { agreementDecider } from '@app/domain';
import type { Actor, AgreementCommand, AgreementState, Party } from '@app/domain';
import {
  LATER,
  approvalCommands,
  command,
  draftCommand,
  history,
  proposeCommand,
  receivingStaff,
  sendingStaff,
  signAmendmentCommand,
  signCommand,
  student,
  substitution,
} from '@app/domain/testing';
import { contentHash } from '@app/domain';
import { EwpSchemaValidator } from '../validation/ewp-schema-validator';
import { EXAMPLE_SENDING, EXAMPLE_STUDENT, LEDGER_NOW, ewpContent, ewpExample, importWithPartiesSigning, stateOf } from './ewp-fixtures';
import { publishedLearningAgreement, toEwpLearningAgreement } from './export-la';
import { readLaResponse, writeLaResponse } from './la-xml';

const validator = new EwpSchemaValidator();
const content = ewpContent();
const hash = contentHash(content);
const approval = (): AgreementCommand[] => [draftCommand(content), ...[student, sendingStaff, receivingStaff].map((by) => signCommand(by, hash))];
const exportOf = (state: AgreementState) => writeLaResponse([toEwpLearningAgreement(state)]);

/** LA-STUDENT: the student's new family name and email, proposed with EWP's substitution. */
const renaming = command('ProposeAmendment', student, { changes: substitution, studentChanges: { familyName: 'Karamazov', email: 'ivan.k@example.com' } }, LATER);
const renamedHash = contentHash(stateOf(history(...approval(), renaming)).proposal!.content);
const renamingSignedBy = (...signers: (typeof student)[]) => stateOf(history(...approval(), renaming, ...signers.map((by) => signAmendmentCommand(by, renamedHash))));

/**
 * A fresh store importing the document as the receiving institution, each other party signing
 * as itself where the partner reported it signing (LA-REPORT). A student known only through EWP
 * acts under their ESI.
 */
const importIntoEmpty = async (xml: string, parties: Partial<Record<Party, Actor>> = { student: { id: content.student.globalId, role: 'student' }, sending: sendingStaff }): Promise<AgreementState> => {
  let state = agreementDecider.initialState();
  for (const la of readLaResponse(xml)) ({ state } = await importWithPartiesSigning(la, parties, state));
  return state;
};

/** Every signature of a fresh store is at its own clock, never the document's: times aside, the documents are the same. */
const timesAside = (xml: string) => xml.replace(/<timestamp>[^<]*<\/timestamp>/g, '<timestamp/>');
const timesOf = (xml: string) => [...new Set([...xml.matchAll(/<timestamp>([^<]*)<\/timestamp>/g)].map(([, at]) => at))];

describe('EWP export of a learning agreement (omobility-las-get-response)', () => {
  const states: Array<[string, AgreementState]> = [
    ['a draft signed by student and sending', stateOf(history(...approval().slice(0, 3)))],
    ['version 1', stateOf(history(...approval()))],
    ["an amendment of the student's data awaiting the receiving institution", renamingSignedBy(student, sendingStaff)],
    ["a version that changed the student's data", renamingSignedBy(student, sendingStaff, receivingStaff)],
    ['an amendment awaiting the receiving institution', stateOf(history(...approval(), proposeCommand(), ...[student, sendingStaff].map((by) => signAmendmentCommand(by, contentHash(stateOf(history(...approval(), proposeCommand())).proposal!.content)))))],
  ];

  it.each(states)('validates against the schema with the catalog, offline: %s', async (_, state) => {
    const xml = exportOf(state);
    expect(await validator.problems('omobility-las-get-response', xml)).toEqual([]);
  });

  it.each(states)("round trip: export, import into a fresh store where the parties sign as themselves, export again gives the same document at the store's own times: %s", async (_, state) => {
    const xml = exportOf(state);
    const again = exportOf(await importIntoEmpty(xml));
    expect(timesAside(again)).toBe(timesAside(xml));
    expect(timesOf(again)).toEqual([LEDGER_NOW]);
  });

  it('shows approved changes cumulatively against the first version, after two amendments', async () => {
    const v2 = stateOf(history(...approval(), proposeCommand()));
    const hash2 = v2.proposal!.contentHash;
    const secondChanges = [{ op: 'delete' as const, table: 'studiedAbroad' as const, code: 'KR630', reason: 'timetable-conflict' as const }];
    const v3Commands = [...approval(), proposeCommand(), ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by, hash2))];
    const proposing = stateOf(history(...v3Commands, proposeCommand(student, secondChanges)));
    const hash3 = proposing.proposal!.contentHash;
    const state = stateOf(history(...v3Commands, proposeCommand(student, secondChanges), ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by, hash3))));
    const [la] = readLaResponse(exportOf(state));
    // KR630 was inserted by version 2 and deleted by version 3: against version 1 only KR502B's deletion remains.
    expect(la.approvedChanges?.tables.studiedAbroad?.map((row) => [row.losCode, row.status, row.reasonCode])).toEqual([['KR502B', 'deleted', 'language-mismatch']]);
    expect(await validator.problems('omobility-las-get-response', exportOf(state))).toEqual([]);
  });

  it("LA-STUDENT: writes the proposal's student changes in its <student>, and once approved as the student's own data", () => {
    const proposing = exportOf(renamingSignedBy(student, sendingStaff));
    const proposal = /<changes-proposal [\s\S]*<\/changes-proposal>/.exec(proposing)![0];
    expect(proposal).toMatch(/<student>\s*<family-name>Karamazov<\/family-name>\s*<email>ivan.k@example.com<\/email>\s*<\/student>\s*<\/changes-proposal>/);
    expect(proposing).toMatch(/<la>[\s\S]*<student>\s*<given-names>Ivan Petrovich<\/given-names>\s*<family-name>Sidorov<\/family-name>/);
    const approved = exportOf(renamingSignedBy(student, sendingStaff, receivingStaff));
    expect(approved).not.toContain('<changes-proposal');
    expect(approved).toMatch(/<la>[\s\S]*<student>\s*<given-names>Ivan Petrovich<\/given-names>\s*<family-name>Karamazov<\/family-name>/);
  });

  it("LA-STUDENT: the proposal id covers the proposed student data", () => {
    const signedBoth = renamingSignedBy(student, sendingStaff);
    const id = toEwpLearningAgreement(signedBoth).changesProposal!.id;
    const withoutStudent = { ...signedBoth, proposal: { ...signedBoth.proposal!, studentChanges: undefined } };
    expect(toEwpLearningAgreement(withoutStudent).changesProposal!.id).not.toBe(id);
  });

  it('keeps the changes-proposal id while the proposal is unchanged, and changes it with the content', () => {
    const proposedOnce = stateOf(history(...approval(), proposeCommand()));
    const hash2 = proposedOnce.proposal!.contentHash;
    const signedBoth = stateOf(history(...approval(), proposeCommand(), ...[student, sendingStaff].map((by) => signAmendmentCommand(by, hash2))));
    const id = toEwpLearningAgreement(signedBoth).changesProposal!.id;
    const [reimported] = readLaResponse(exportOf(signedBoth));
    expect(reimported.changesProposal!.id).toBe(id);
    const [la] = readLaResponse(ewpExample('get-response-example.xml'));
    expect(id).not.toBe(la.changesProposal!.id);
  });

  it('refuses a draft the sending institution has not signed yet (EWP-LA-PUBLISH) and an institution without contact (EWP-LA-CONTACT)', () => {
    expect(() => toEwpLearningAgreement(stateOf(history(...approval().slice(0, 2))))).toThrow(expect.objectContaining({ ruleId: 'EWP-LA-PUBLISH' }));
    const noContact = stateOf(history(...approvalCommands().slice(0, 3)));
    expect(() => toEwpLearningAgreement(noContact)).toThrow(expect.objectContaining({ ruleId: 'EWP-LA-CONTACT' }));
  });

  it('what partners see: nothing of an unpublished draft or of one EWP cannot carry, the agreement once published, and any other error thrown, never read as not there', () => {
    expect(publishedLearningAgreement(stateOf(history(...approval().slice(0, 2))))).toBeUndefined();
    expect(publishedLearningAgreement(stateOf(history(...approvalCommands().slice(0, 3))))).toBeUndefined();
    expect(publishedLearningAgreement(agreementDecider.initialState())).toBeUndefined();
    const inForce = stateOf(history(...approval()));
    expect(publishedLearningAgreement(inForce)).toEqual(toEwpLearningAgreement(inForce));
    const broken = { ...inForce, versions: [{ ...inForce.versions[0], content: undefined as never }] };
    expect(() => publishedLearningAgreement(broken)).toThrow(TypeError);
  });

  it("the upstream example validates, imports, and exports again valid, with the same tables, and the signatures made in the ledger, never the document's (LA-REPORT)", async () => {
    const source = ewpExample('get-response-example.xml');
    expect(await validator.problems('omobility-las-get-response', source)).toEqual([]);
    const exported = exportOf(await importIntoEmpty(source, { student: EXAMPLE_STUDENT, sending: EXAMPLE_SENDING }));
    expect(await validator.problems('omobility-las-get-response', exported)).toEqual([]);
    const [before] = readLaResponse(source);
    const [after] = readLaResponse(exported);
    for (const part of ['firstVersion', 'approvedChanges'] as const) expect(after[part]!.tables).toEqual(before[part]!.tables);
    expect(after.changesProposal!.tables).toEqual({ studiedAbroad: before.changesProposal!.tables.studiedAbroad });
    expect(after.changesProposal!.student).toEqual({ familyName: 'Karamazov' });
    // Each signature is the one its party made here: the ledger's time, the signer its token names.
    expect(after.firstVersion!.sendingHeiSignature).toEqual({ signerName: 'Anders Bardal', timestamp: LEDGER_NOW, signerApp: 'mobility-ledger' });
    expect(after.approvedChanges!.receivingHeiSignature).toEqual({ signerName: 'Paweł Kowalski', signerPosition: 'Mobility coordinator', timestamp: LEDGER_NOW, signerApp: 'USOS' });
    expect(timesOf(exported)).toEqual([LEDGER_NOW]);
  });

  it('names the missing element when a required one is left out', async () => {
    const broken = ewpExample('get-response-example.xml').replace(/<omobility-id>[^<]+<\/omobility-id>/, '');
    const problems = await validator.problems('omobility-las-get-response', broken);
    expect(problems.join('\n')).toMatch(/sending-hei': This element is not expected\. Expected is \( \{[^}]+\}omobility-id \)/);
  });
});
