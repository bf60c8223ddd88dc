import { agreementDecider, contentHash } from '@app/domain';
import type { AgreementCommand, AgreementState } from '@app/domain';
import { admin, history, receivingStaff } from '@app/domain/testing';
import { EXAMPLE_SENDING, EXAMPLE_STUDENT, LEDGER_NOW, ewpExample, importInMemory, importWithPartiesSigning, stateOf } from './ewp-fixtures';
import { toEwpLearningAgreement } from './export-la';
import { readLaResponse, writeLaResponse } from './la-xml';

const [example] = readLaResponse(ewpExample('get-response-example.xml'));
const parties = { student: EXAMPLE_STUDENT, sending: EXAMPLE_SENDING };
const sendingImporter = { actor: EXAMPLE_SENDING, now: LEDGER_NOW };
const receivingImporter = { actor: receivingStaff, now: LEDGER_NOW };

describe('importing an EWP learning agreement through the ordinary commands', () => {
  it("LA-REPORT: receiving staff importing a fully signed document record the partner's reports of the student and the sending signatures, never their signatures", async () => {
    const { state, events } = await importInMemory(example);
    expect(events.map((event) => event.type)).toEqual(['AgreementDrafted', 'SignatureReportedByPartner', 'SignatureReportedByPartner']);
    expect(state.status).toBe('draft');
    expect(state.signatures).toEqual([]);
    expect(state.versions).toEqual([]);
    expect(state.reportedSignatures.map((report) => [report.party, report.claimedAt, report.at, report.reportedBy.institution])).toEqual([
      ['student', '2018-11-12T13:13:45+02:00', LEDGER_NOW, 'uw.edu.pl'],
      ['sending', '2018-11-13T14:03:23+02:00', LEDGER_NOW, 'uw.edu.pl'],
    ]);
    expect(state.reportedSignatures[1].signer).toEqual({
      id: 'ewp:anders.bardal@example.com',
      name: 'Anders Bardal',
      email: 'anders.bardal@example.com',
      position: 'Erasmus senior coordinator',
      signerApp: 'Dashboard',
    });
  });

  it("LA-REPORT: sending staff importing it report the student's and the receiving signatures, and cannot sign before the student (LA-ORDER)", async () => {
    const { state, events } = await importInMemory(example, agreementDecider.initialState(), sendingImporter);
    expect(events.map((event) => [event.type, 'party' in event.data ? event.data.party : undefined])).toEqual([
      ['AgreementDrafted', 'sending'],
      ['SignatureReportedByPartner', 'student'],
      ['SignatureReportedByPartner', 'receiving'],
    ]);
    expect(state.signatures).toEqual([]);
  });

  it("LA-REPORT: the importer's own party signs once its turn comes, as the token names it, at the ledger's clock", async () => {
    const { state: reported } = await importInMemory(example, agreementDecider.initialState(), sendingImporter);
    const studentSigns: AgreementCommand = { type: 'SignAgreement', data: { mobilityId: example.omobilityId, contentHash: reported.current!.contentHash }, metadata: { actor: EXAMPLE_STUDENT, now: LEDGER_NOW } };
    const signed = agreementDecider.decide(studentSigns, reported).reduce(agreementDecider.evolve, reported);
    const { state, commands } = await importInMemory(example, signed, sendingImporter);
    expect(commands.map((command) => command.type)).toEqual(['SignAgreement']);
    expect(state.status).toBe('signing');
    // The document's position and application stay; the name, email and time are the ledger's, never the document's.
    expect(state.signatures.map(({ party, signer, at }) => [party, signer, at])).toEqual([
      ['student', { id: EXAMPLE_STUDENT.id }, LEDGER_NOW],
      ['sending', { id: 'staff-anders', name: 'Anders Bardal', position: 'Erasmus senior coordinator', signerApp: 'Dashboard' }, LEDGER_NOW],
    ]);
    expect(state.reportedSignatures.map((report) => report.party)).toEqual(['student', 'receiving']);
  });

  it('LA-PARTY: an admin importing the document can neither sign nor report for a party, and the dry run refuses it', async () => {
    await expect(importInMemory(example, agreementDecider.initialState(), { actor: admin, now: LEDGER_NOW })).rejects.toMatchObject({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('replays the example once each party signs as itself: first version, approved changes as version 2, the proposal signed by student and sending', async () => {
    const { state, events } = await importWithPartiesSigning(example, parties);
    expect(events.map((event) => event.type)).toEqual([
      'AgreementDrafted',
      'SignatureReportedByPartner', 'SignatureReportedByPartner',
      'AgreementSigned', 'AgreementSigned', 'AgreementSigned', 'AgreementApproved',
      'AmendmentProposed',
      'SignatureReportedByPartner', 'SignatureReportedByPartner',
      'AmendmentSigned', 'AmendmentSigned', 'AmendmentSigned', 'AmendmentApproved',
      'AmendmentProposed',
      'SignatureReportedByPartner', 'SignatureReportedByPartner',
      'AmendmentSigned', 'AmendmentSigned',
    ]);
    expect(state.versions.map((version) => version.content.studiedAbroad.map((row) => row.title))).toEqual([
      ['Introductory calculus'],
      ['Introductory calculus', 'Algebra'],
    ]);
    expect(state.proposal?.content.studiedAbroad.map((row) => row.code)).toEqual(['KR502B', 'KR630']);
    expect(state.proposal?.signatures.map((signature) => [signature.party, signature.signer.id, signature.at])).toEqual([
      ['student', EXAMPLE_STUDENT.id, LEDGER_NOW],
      ['sending', 'staff-anders', LEDGER_NOW],
    ]);
    expect(state.reportedSignatures.filter((report) => report.proposalNumber === 2).map((report) => [report.party, report.claimedAt])).toEqual([
      ['student', '2019-03-12T13:41:58+02:00'],
      ['sending', '2019-03-14T09:31:48+02:00'],
    ]);
  });

  it("LA-STUDENT: the proposal's <student> is proposed with its components: Karamazov instead of Sidorov, until approved", async () => {
    const { state, commands } = await importWithPartiesSigning(example, parties);
    const proposal = commands.filter((command) => command.type === 'ProposeAmendment').at(-1)!;
    expect(proposal.data).toMatchObject({ studentChanges: { familyName: 'Karamazov' } });
    expect(state.proposal?.studentChanges).toEqual({ familyName: 'Karamazov' });
    expect(state.proposal?.content.student).toMatchObject({ givenNames: 'Ivan Petrovich', familyName: 'Karamazov', gender: 1 });
    expect(state.current?.content.student.familyName).toBe('Sidorov');
  });

  it('LA-STUDENT: once the new name is approved, the document the store exports imports into it again with nothing to do', async () => {
    const { state: proposing } = await importWithPartiesSigning(example, parties);
    const approval: AgreementCommand = { type: 'SignAmendment', data: { mobilityId: example.omobilityId, contentHash: proposing.proposal!.contentHash }, metadata: { actor: receivingStaff, now: '2026-04-02T10:00:00.000Z' } };
    const approved = agreementDecider.decide(approval, proposing).reduce(agreementDecider.evolve, proposing);
    const [exported] = readLaResponse(writeLaResponse([toEwpLearningAgreement(approved)]));
    // EWP's <student> now shows Karamazov, also beside the first version, which the store recorded with Sidorov.
    expect(exported.student.familyName).toBe('Karamazov');
    expect((await importInMemory(exported, approved)).commands).toEqual([]);
  });

  it('finds nothing to do when the document is imported again', async () => {
    const { state: reported } = await importInMemory(example);
    expect((await importInMemory(example, reported)).commands).toEqual([]);
    const { state } = await importWithPartiesSigning(example, parties);
    expect((await importInMemory(example, state)).commands).toEqual([]);
  });

  it('goes on from where the recorded history stands: the round the parties signed here is approved by the importer, the next one proposed', async () => {
    const { commands } = await importWithPartiesSigning(example, parties);
    // Drafted, reported, and signed here by the student and the sending institution.
    const partial: AgreementState = stateOf(history(...commands.slice(0, 5)));
    expect(partial.signatures.map((signature) => signature.party)).toEqual(['student', 'sending']);
    const rest = await importInMemory(example, partial);
    expect(rest.commands.map((command) => command.type).slice(0, 2)).toEqual(['SignAgreement', 'ProposeAmendment']);
    expect(rest.state.versions[0].approvedAt).toBe(LEDGER_NOW);
    expect(rest.state.proposal?.contentHash).toBe(contentHash(rest.state.proposal!.content));
  });

  it('refuses a document whose first version differs from the one recorded (EWP-LA-IMPORT, conflict)', async () => {
    const { state } = await importWithPartiesSigning(example, parties);
    const other = { ...example, firstVersion: { ...example.firstVersion!, tables: { ...example.firstVersion!.tables, recognisedAtHome: [] } } };
    await expect(importInMemory(other, state)).rejects.toMatchObject({ kind: 'conflict', ruleId: 'EWP-LA-IMPORT' });
  });

  it("imports a changes proposal without a first version as a draft with the partner's reports of the student's and the sending signatures", async () => {
    const proposalOnly = {
      ...example,
      firstVersion: undefined,
      approvedChanges: undefined,
      changesProposal: { ...example.firstVersion!, receivingHeiSignature: undefined, id: 'X' },
    };
    const { state } = await importInMemory(proposalOnly, agreementDecider.initialState(), receivingImporter);
    expect(state.status).toBe('draft');
    expect(state.signatures).toEqual([]);
    expect(state.reportedSignatures.map((report) => report.party)).toEqual(['student', 'sending']);
  });
});
