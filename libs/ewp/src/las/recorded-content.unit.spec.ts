import { randomBytes } from 'node:crypto';
import { AgreementCommand, agreementDecider, contentHash, redactStudent } from '@app/domain';
import { aContent } from '@app/domain/testing';
import { ewpExample, importInMemory } from './ewp-fixtures';
import { readLaResponse } from './la-xml';
import { asRecorded, showsRecorded } from './recorded-content';

const [example] = readLaResponse(ewpExample('get-response-example.xml'));
const KEY = randomBytes(32).toString('hex');

describe('an EWP document compared with the recorded versions', () => {
  it('compares contents, so a version hashed with scheme 2 is recognised, and the round is signed with its recorded hash (CTI-LA-4)', async () => {
    const first = await importInMemory(example);
    const draft = first.commands.find((command) => command.type === 'DraftAgreement') as Extract<AgreementCommand, { type: 'DraftAgreement' }>;
    const keyed = { ...draft, data: { ...draft.data, contentHashKey: KEY } };
    const drafted = agreementDecider.decide(keyed, agreementDecider.initialState()).reduce(agreementDecider.evolve, agreementDecider.initialState());
    expect(drafted.current).toMatchObject({ contentHashScheme: 2, contentHash: contentHash(drafted.current!.content, KEY) });

    const { commands, state } = await importInMemory(example, drafted);
    expect(commands.map((command) => command.type)).not.toContain('EditDraft');
    expect(state.reportedSignatures.map((report) => report.contentHash)).toEqual([drafted.current!.contentHash, drafted.current!.contentHash]);
    expect((await importInMemory(example, state)).commands).toEqual([]);
  });

  it('takes an erased field of the recorded version to match whatever the document shows: nothing confirms a guess, nothing is recorded again', async () => {
    const { state } = await importInMemory(example);
    const erased = redactStudent(state, state.current!.content.student.accountId);
    expect(erased.current!.content.student.familyName).toBe('[erased]');
    expect((await importInMemory(example, erased)).commands).toEqual([]);
  });

  it('reads the document’s student as recorded only where the recorded field was erased', () => {
    const recorded = aContent();
    const erased = redactStudent({ content: recorded }, recorded.student.accountId).content;
    const shown = aContent({ student: { ...recorded.student, familyName: 'Guess', citizenship: 'NO' } });
    expect(asRecorded(recorded, shown)).toBe(shown);
    expect(showsRecorded(recorded, shown)).toBe(false);
    expect(asRecorded(erased, shown).student).toMatchObject({ familyName: '[erased]', birthDate: null, citizenship: 'NO' });
    expect(showsRecorded(erased, shown)).toBe(false);
    expect(showsRecorded(erased, aContent({ student: { ...recorded.student, familyName: 'Guess' } }))).toBe(true);
  });
});
