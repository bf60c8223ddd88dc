import { MOBILITY_ID, aContent, approvalCommands, command, history, receivingStaff, sendingStaff, stateOf, student } from '../testing';
import { agreementDecider } from './agreement.decider';
import { AgreementEvent } from './agreement.events';
import { agreementStreamId, mobilityIdOf } from './agreement.stream';
import { ComponentChange } from './amendment.changes';
import { applyChanges } from './apply-changes';
import { contentHash } from './content-hash';

const LATER = '2026-03-10T12:00:00.000Z';
const changes: ComponentChange[] = [{ op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' }];
const hashV2 = contentHash(applyChanges(aContent(), changes));

describe('agreementDecider', () => {
  it('starts with no agreement', () => {
    expect(agreementDecider.initialState()).toEqual({
      status: 'none',
      signatures: [],
      versions: [],
      proposalCount: 0,
      rejections: [],
      withdrawals: [],
      reportedSignatures: [],
      minorChanges: [],
      findings: [],
    });
  });

  it('CTI-LA-3: keeps every version, proposal, signature and refusal in the history', () => {
    const events = history(
      command('DraftAgreement', student, { content: aContent({ iscedFCode: '0542' }) }),
      command('SignAgreement', student, { contentHash: contentHash(aContent({ iscedFCode: '0542' })) }),
      command('RejectAgreement', sendingStaff, { comment: 'wrong ISCED code' }),
      command('EditDraft', student, { content: aContent() }),
      ...approvalCommands().slice(1),
      command('RecordDeparture', student, { date: '2026-02-20' }, LATER),
      command('ProposeAmendment', student, { changes }, LATER),
      command('SignAmendment', student, { contentHash: hashV2 }, LATER),
      command('RejectAmendment', receivingStaff, { comment: 'keep KR502B' }, LATER),
      command('ProposeAmendment', sendingStaff, { changes }, LATER),
      ...[student, sendingStaff, receivingStaff].map((by) => command('SignAmendment', by, { contentHash: hashV2 }, LATER)),
      command('RecordReturn', sendingStaff, { date: '2026-03-09' }, LATER),
    );
    expect(events.map((event: AgreementEvent) => event.type)).toEqual([
      'AgreementDrafted',
      'AgreementSigned',
      'AgreementRejected',
      'DraftEdited',
      'AgreementSigned',
      'AgreementSigned',
      'AgreementSigned',
      'AgreementApproved',
      'DepartureRecorded',
      'AmendmentProposed',
      'AmendmentSigned',
      'AmendmentRejected',
      'AmendmentProposed',
      'AmendmentSigned',
      'AmendmentSigned',
      'AmendmentSigned',
      'AmendmentApproved',
      'ReturnRecorded',
    ]);
    const state = stateOf(agreementDecider, events);
    expect(state).toMatchObject({
      status: 'approved',
      mobilityId: MOBILITY_ID,
      current: { contentHash: hashV2 },
      signatures: [],
      proposalCount: 2,
      departedOn: '2026-02-20',
      returnedOn: '2026-03-09',
      findings: [],
    });
    expect(state.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(state.rejections.map((r) => [r.of, r.comment])).toEqual([
      ['draft', 'wrong ISCED code'],
      [{ proposalNumber: 1 }, 'keep KR502B'],
    ]);
  });

  it('ignores an event type it does not know, so newer streams still load', () => {
    const state = agreementDecider.initialState();
    expect(agreementDecider.evolve(state, { type: 'SomethingLater', data: {} } as never)).toBe(state);
  });

  it('refuses a command type it does not know as invalid', () => {
    const unknown = { type: 'Approve', data: { mobilityId: MOBILITY_ID }, metadata: { actor: student, now: LATER } } as never;
    expect(() => agreementDecider.decide(unknown, agreementDecider.initialState())).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });

  it('names the stream agreement-<mobilityId>', () => {
    expect(agreementStreamId(MOBILITY_ID)).toBe(`agreement-${MOBILITY_ID}`);
    expect(mobilityIdOf(`agreement-${MOBILITY_ID}`)).toBe(MOBILITY_ID);
    expect(mobilityIdOf('recognition-x')).toBeUndefined();
  });
});
