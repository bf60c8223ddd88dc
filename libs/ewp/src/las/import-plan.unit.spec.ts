import { agreementDecider, contentHash } from '@app/domain';
import type { AgreementCommand, AgreementEvent, AgreementState } from '@app/domain';
import { history, receivingStaff } from '@app/domain/testing';
import { bringUpToDate } from './bring-up-to-date';
import { ewpExample, stateOf } from './ewp-fixtures';
import { toEwpLearningAgreement } from './export-la';
import { readLaResponse, writeLaResponse } from './la-xml';

const [example] = readLaResponse(ewpExample('get-response-example.xml'));

/** Runs the import against a state in memory, as the dry run does; returns the events decided. */
const importInMemory = async (la = example, from: AgreementState = agreementDecider.initialState()) => {
  const events: AgreementEvent[] = [];
  const commands: AgreementCommand[] = [];
  const { state } = await bringUpToDate(la, from, async (command, current) => {
    const decided = agreementDecider.decide(command, current);
    commands.push(command);
    events.push(...decided);
    return decided.reduce(agreementDecider.evolve, current);
  });
  return { state, events, commands };
};

describe('importing an EWP learning agreement through the ordinary commands', () => {
  it('replays the example: first version, approved changes as version 2, the proposal signed by student and sending', async () => {
    const { state, events } = await importInMemory();
    expect(events.map((event) => event.type)).toEqual([
      'AgreementDrafted',
      'AgreementSigned', 'AgreementSigned', 'AgreementSigned', 'AgreementApproved',
      'AmendmentProposed',
      'AmendmentSigned', 'AmendmentSigned', 'AmendmentSigned', 'AmendmentApproved',
      'AmendmentProposed',
      'AmendmentSigned', 'AmendmentSigned',
    ]);
    expect(state.versions.map((version) => version.content.studiedAbroad.map((row) => row.title))).toEqual([
      ['Introductory calculus'],
      ['Introductory calculus', 'Algebra'],
    ]);
    expect(state.proposal?.content.studiedAbroad.map((row) => row.code)).toEqual(['KR502B', 'KR630']);
    expect(state.proposal?.signatures.map((signature) => [signature.party, signature.at])).toEqual([
      ['student', '2019-03-12T13:41:58+02:00'],
      ['sending', '2019-03-14T09:31:48+02:00'],
    ]);
  });

  it("LA-STUDENT: the proposal's <student> is proposed with its components: Karamazov instead of Sidorov, until approved", async () => {
    const { state, commands } = await importInMemory();
    const proposal = commands.filter((command) => command.type === 'ProposeAmendment').at(-1)!;
    expect(proposal.data).toMatchObject({ studentChanges: { familyName: 'Karamazov' } });
    expect(state.proposal?.studentChanges).toEqual({ familyName: 'Karamazov' });
    expect(state.proposal?.content.student).toMatchObject({ givenNames: 'Ivan Petrovich', familyName: 'Karamazov', gender: 1 });
    expect(state.current?.content.student.familyName).toBe('Sidorov');
  });

  it('LA-STUDENT: once the new name is approved, the document the store exports imports into it again with nothing to do', async () => {
    const { state: proposing } = await importInMemory();
    const approval: AgreementCommand = { type: 'SignAmendment', data: { mobilityId: example.omobilityId, contentHash: proposing.proposal!.contentHash }, metadata: { actor: receivingStaff, now: '2019-03-20T10:00:00+02:00' } };
    const approved = agreementDecider.decide(approval, proposing).reduce(agreementDecider.evolve, proposing);
    const [exported] = readLaResponse(writeLaResponse([toEwpLearningAgreement(approved)]));
    // EWP's <student> now shows Karamazov, also beside the first version, which the store recorded with Sidorov.
    expect(exported.student.familyName).toBe('Karamazov');
    expect((await importInMemory(exported, approved)).commands).toEqual([]);
  });

  it('finds nothing to do when the document is imported again', async () => {
    const { state } = await importInMemory();
    const again = await importInMemory(example, state);
    expect(again.commands).toEqual([]);
  });

  it('goes on from where the recorded history stands: a signature missing here is added', async () => {
    const { commands } = await importInMemory();
    const partial = stateOf(history(...commands.slice(0, 3)));
    const rest = await importInMemory(example, partial);
    expect(rest.commands.map((command) => command.type)[0]).toBe('SignAgreement');
    expect(rest.state.proposal?.contentHash).toBe(contentHash(rest.state.proposal!.content));
  });

  it('refuses a document whose first version differs from the one recorded (EWP-LA-IMPORT, conflict)', async () => {
    const { state } = await importInMemory();
    const other = { ...example, firstVersion: { ...example.firstVersion!, tables: { ...example.firstVersion!.tables, recognisedAtHome: [] } } };
    await expect(importInMemory(other, state)).rejects.toMatchObject({ kind: 'conflict', ruleId: 'EWP-LA-IMPORT' });
  });

  it('imports a changes proposal without a first version as a draft signed by student and sending', async () => {
    const proposalOnly = {
      ...example,
      firstVersion: undefined,
      approvedChanges: undefined,
      changesProposal: { ...example.firstVersion!, receivingHeiSignature: undefined, id: 'X' },
    };
    const { state } = await importInMemory(proposalOnly);
    expect(state.status).toBe('signing');
    expect(state.signatures.map((signature) => signature.party)).toEqual(['student', 'sending']);
  });
});
