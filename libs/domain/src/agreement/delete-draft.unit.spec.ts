import {
  HASH_V1,
  MOBILITY_ID,
  NOW,
  approved,
  command,
  draftCommand,
  drafted,
  given,
  history,
  receivingStaff,
  sendingStaff,
  signCommand,
  signedBy,
  student,
} from '../testing';

describe('DeleteDraft', () => {
  const remove = (by = student) => command('DeleteDraft', by, {});

  it('deletes a draft; the stream keeps its history', () => {
    given(drafted())
      .when(remove(sendingStaff))
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'DraftDeleted',
            data: { mobilityId: MOBILITY_ID, contentHash: HASH_V1, party: 'sending', by: { id: sendingStaff.id, name: sendingStaff.name }, at: NOW },
          },
        ]);
        expect(state.status).toBe('deleted');
      });
  });

  it('LA-DELETE: deletes a draft only the student has signed', () => {
    given(signedBy(1)).when(remove()).then((events) => expect(events[0].type).toBe('DraftDeleted'));
  });

  it('LA-DELETE: refuses once the sending institution has signed', () => {
    given(signedBy(2)).when(remove()).thenThrows({ kind: 'rule', ruleId: 'LA-DELETE' });
  });

  it('LA-DELETE: refuses to delete an approved agreement', () => {
    given(approved()).when(remove()).thenThrows({ kind: 'rule', ruleId: 'LA-DELETE' });
  });

  it('LA-DELETE: deletes again once a rejection voided the institution signature', () => {
    const rejected = history(draftCommand(), signCommand(student), signCommand(sendingStaff), command('RejectAgreement', receivingStaff, { comment: 'no' }));
    given(rejected).when(remove()).then((events) => expect(events[0].type).toBe('DraftDeleted'));
  });

  it('LA-PARTY: refuses a deletion by the receiving institution', () => {
    given(drafted()).when(remove(receivingStaff)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('answers not found for any command on a deleted draft', () => {
    const deleted = history(draftCommand(), remove());
    given(deleted).when(remove()).thenThrows({ kind: 'not_found' });
    given(deleted).when(signCommand(student)).thenThrows({ kind: 'not_found' });
    given(deleted).when(draftCommand()).thenThrows({ kind: 'conflict' });
  });
});
