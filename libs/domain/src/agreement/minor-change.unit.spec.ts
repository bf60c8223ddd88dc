import {
  HASH_V1,
  LATER,
  MOBILITY_ID,
  aComponent,
  aContent,
  approvalCommands,
  approved,
  command,
  drafted,
  given,
  history,
  proposeCommand,
  proposed,
  receivingStaff,
  sendingStaff,
  student,
} from '../testing';
import { Actor } from './agreement.actor';
import { contentHash } from './content-hash';
import { FIELD_CLASSES } from './field-classes';
import { MinorFields, contentInEffect } from './minor-changes';
import { agreementDecider } from './agreement.decider';

const minor = (changes: MinorFields, by: Actor = receivingStaff, note = 'The host moved its induction week') =>
  command('RecordMinorChange', by, { changes, note }, LATER);
const stateOf = (events: ReturnType<typeof approved>) => events.reduce(agreementDecider.evolve, agreementDecider.initialState());

describe('RecordMinorChange', () => {
  it('LA-MINOR: dates moved within the academic term signed are recorded under version 1, which stays as signed', () => {
    given(approved())
      .when(minor({ plannedStart: '2026-02-02' }))
      .then([
        {
          type: 'MinorChangeRecorded',
          data: {
            mobilityId: MOBILITY_ID,
            version: 1,
            changes: { plannedStart: '2026-02-02' },
            previous: { plannedStart: '2026-02-20' },
            note: 'The host moved its induction week',
            party: 'receiving',
            by: { id: receivingStaff.id, name: receivingStaff.name },
            at: LATER,
          },
        },
      ]);
  });

  it('LA-MINOR: no signature is reopened; the content in effect carries the change, the version its hash as signed', () => {
    given(approved())
      .when(minor({ plannedStart: '2026-02-02' }))
      .thenState((state) => {
        expect(state.status).toBe('approved');
        expect(state.versions).toHaveLength(1);
        expect(state.versions[0].contentHash).toBe(HASH_V1);
        expect(state.versions[0].content.plannedStart).toBe('2026-02-20');
        expect(contentInEffect(state)?.plannedStart).toBe('2026-02-02');
        expect(state.minorChanges).toHaveLength(1);
      });
  });

  it('LA-MINOR: each institution changes its own contact person', () => {
    const contact = { name: 'Hanna Berg', email: 'hanna.berg@example.com' };
    given(approved())
      .when(minor({ receivingContactPerson: contact }))
      .thenState((state) => expect(contentInEffect(state)?.receivingInstitution.contactPerson).toEqual(contact));
    given(approved())
      .when(minor({ receivingContactPerson: contact }, sendingStaff))
      .thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY', message: /receivingContactPerson/ });
  });

  it('LA-MINOR: a date in another academic term is another mobility, never a minor change', () => {
    given(approved())
      .when(minor({ plannedStart: '2026-01-20' }))
      .thenThrows({ kind: 'rule', ruleId: 'LA-MINOR', message: /term 1 of 2 of 2025\/2026.*term 2 of 2 of 2025\/2026/ });
    given(approved())
      .when(minor({ plannedEnd: '2026-08-15' }))
      .thenThrows({ kind: 'rule', ruleId: 'LA-MINOR', message: /outside the academic year/ });
  });

  it('LA-MINOR: successive minor changes stay within the term of the version signed', () => {
    const moved = history(...approvalCommands(), minor({ plannedEnd: '2026-07-20' }));
    given(moved).when(minor({ plannedEnd: '2026-08-10' })).thenThrows({ kind: 'rule', ruleId: 'LA-MINOR' });
  });

  it('LA-MINOR: before version 1 the draft is edited instead', () => {
    given(drafted()).when(minor({ plannedStart: '2026-02-02' }, sendingStaff)).thenThrows({ kind: 'rule', ruleId: 'LA-MINOR', message: /edit the draft/ });
  });

  it('CTI-LA-3: no minor change while an amendment proposal is open', () => {
    given(proposed()).when(minor({ plannedStart: '2026-02-02' })).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3', message: /withdraw/ });
  });

  it('LA-PARTY: the student asks the institutions; it never records a minor change', () => {
    given(approved()).when(minor({ plannedStart: '2026-02-02' }, student)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('LA-MINOR: a change needs a field that changes and a note saying why', () => {
    given(approved()).when(minor({})).thenThrows({ kind: 'invalid', ruleId: 'LA-MINOR' });
    given(approved()).when(minor({ sendingContactPerson: null } as unknown as MinorFields, sendingStaff)).thenThrows({ kind: 'invalid', ruleId: 'LA-MINOR' });
    given(approved()).when(minor({ plannedStart: '2026-02-20' })).thenThrows({ kind: 'invalid', ruleId: 'LA-MINOR', message: /as it is/ });
    given(approved()).when(minor({ plannedStart: '2026-02-02' }, receivingStaff, '  ')).thenThrows({ kind: 'invalid', ruleId: 'LA-MINOR', message: /note/ });
  });

  it('LA-CONTENT: the dates stay well formed and in order', () => {
    given(approved()).when(minor({ plannedEnd: '2026-02-10' })).thenThrows({ kind: 'invalid', ruleId: 'LA-CONTENT', message: /before plannedStart/ });
  });

  it('LA-MINOR: the next amendment starts from the content in effect, so the new version carries the minor change', () => {
    const history_ = history(...approvalCommands(), minor({ plannedStart: '2026-02-02' }));
    given(history_)
      .when(proposeCommand())
      .thenState((state) => {
        expect(state.proposal?.content.plannedStart).toBe('2026-02-02');
        expect(state.proposal?.contentHash).toBe(contentHash(state.proposal!.content));
      });
    expect(contentInEffect(stateOf(history_))?.studiedAbroad).toEqual([aComponent('KR501', '9'), aComponent('KR502B', '7.5')]);
  });

  it('LA-MINOR: every field of the content is classed, and a minor one never alters the components or the credits', () => {
    const minorFields = Object.entries(FIELD_CLASSES).filter(([, { kind }]) => kind === 'minor').map(([field]) => field);
    expect(minorFields.sort()).toEqual(['plannedEnd', 'plannedStart']);
    expect(Object.keys(FIELD_CLASSES).sort()).toEqual(Object.keys(aContent()).sort());
  });
});
