import {
  HASH_V2,
  LATER,
  MOBILITY_ID,
  aComponent,
  aContent,
  amendedContent,
  approved,
  auditor,
  given,
  proposeCommand,
  proposed,
  receivingStaff,
  sendingStaff,
  signedBy,
  student,
  substitution,
} from '../testing';
import { ComponentChange } from './amendment.changes';
import { contentHash } from './content-hash';

describe('ProposeAmendment', () => {
  it('CTI-LA-3: proposes changes to the approved version, with the resulting content and its own hash', () => {
    given(approved())
      .when(proposeCommand())
      .then([
        {
          type: 'AmendmentProposed',
          data: {
            mobilityId: MOBILITY_ID,
            proposalNumber: 1,
            baseVersion: 1,
            changes: substitution,
            content: amendedContent,
            contentHash: HASH_V2,
            party: 'student',
            by: { id: student.id, name: student.name, email: student.email },
            at: LATER,
          },
        },
      ]);
  });

  it('CTI-LA-3: until approved, the last approved version stays in force', () => {
    given(approved())
      .when(proposeCommand(sendingStaff))
      .thenState((state) => {
        expect(state.status).toBe('amendment-proposed');
        expect(state.current?.contentHash).toBe(contentHash(aContent()));
        expect(state.proposal).toMatchObject({ number: 1, contentHash: HASH_V2, signatures: [], proposedBy: { party: 'sending' } });
      });
  });

  it('CTI-LA-3: refuses a second open proposal', () => {
    given(proposed()).when(proposeCommand()).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3', message: /one proposal at a time/ });
  });

  it('CTI-LA-3: refuses to amend an agreement not yet approved', () => {
    given(signedBy(2)).when(proposeCommand()).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });

  it('CTI-LA-3: refuses a proposal based on a version no longer in force', () => {
    given(approved()).when(proposeCommand(student, substitution, 0)).thenThrows({ kind: 'conflict', ruleId: 'CTI-LA-3' });
  });

  it('CTI-LA-3: refuses changes that delete a missing code or leave the content as it is', () => {
    const missing: ComponentChange[] = [{ op: 'delete', table: 'virtual', code: 'KR501', reason: 'not-available' }];
    given(approved()).when(proposeCommand(student, missing)).thenThrows({ kind: 'invalid', ruleId: 'CTI-LA-3' });
    const same: ComponentChange[] = [
      { op: 'delete', table: 'recognisedAtHome', code: 'UE-MATH-4', reason: 'not-available' },
      { op: 'insert', table: 'recognisedAtHome', component: aComponent('UE-MATH-4', '15'), reason: 'substituting-deleted' },
    ];
    given(approved()).when(proposeCommand(student, same)).thenThrows({ kind: 'invalid', ruleId: 'CTI-LA-3', message: /as it is/ });
  });

  it('CTI-LA-2: refuses changes that leave nothing recognised at home', () => {
    const unrecognised: ComponentChange[] = [{ op: 'delete', table: 'recognisedAtHome', code: 'UE-MATH-4', reason: 'not-available' }];
    given(approved()).when(proposeCommand(student, unrecognised)).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-2' });
  });

  it('LA-CONTENT: refuses an inserted component with a float-looking credit', () => {
    const bad: ComponentChange[] = [{ op: 'insert', table: 'virtual', component: aComponent('V1', '1e3'), reason: 'adding-virtual-component' }];
    given(approved()).when(proposeCommand(student, bad)).thenThrows({ kind: 'invalid', ruleId: 'LA-CONTENT' });
  });

  it('LA-CREDITS: refuses an inserted component worth more than an academic year', () => {
    const implausible: ComponentChange[] = [{ op: 'insert', table: 'virtual', component: aComponent('V1', '75'), reason: 'adding-virtual-component' }];
    given(approved()).when(proposeCommand(student, implausible)).thenThrows({ kind: 'rule', ruleId: 'LA-CREDITS', message: /V1.*at most 60/ });
  });

  it('LA-CONTENT, LA-CREDITS: the refusal names the change that gave the field, as the request names it, not the row of the content', () => {
    const changes: ComponentChange[] = [
      { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' },
      { op: 'insert', table: 'studiedAbroad', component: { ...aComponent('KR510', '7.5'), recognitionConditions: 'only with the lab' }, reason: 'substituting-deleted' },
    ];
    const malformed = given(approved()).when(proposeCommand(student, changes)).thenThrows({ kind: 'invalid', ruleId: 'LA-CONTENT' });
    expect(malformed.fields.map(({ field }) => field)).toEqual(['changes.1.component.recognitionConditions']);
    const implausible: ComponentChange[] = [{ ...changes[0] }, { op: 'insert', table: 'studiedAbroad', component: aComponent('KR510', '0'), reason: 'substituting-deleted' }];
    const refused = given(approved()).when(proposeCommand(student, implausible)).thenThrows({ kind: 'rule', ruleId: 'LA-CREDITS' });
    expect(refused.fields).toEqual([{ field: 'changes.1.component.credits', said: refused.said }]);
    expect(refused.said?.fr).toMatch(/^studiedAbroad\[1\] \(KR510\) : 0 ects n’est pas supérieur à zéro/);
  });

  it.each([
    ['the receiving institution', receivingStaff],
    ['an auditor', auditor],
  ])('LA-PARTY: refuses a proposal by %s', (_, actor) => {
    given(approved()).when(proposeCommand(actor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });
});
