import {
  HASH_V1,
  MOBILITY_ID,
  NOW,
  aContent,
  admin,
  approved,
  auditor,
  command,
  draftCommand,
  drafted,
  given,
  history,
  otherSchoolStaff,
  receivingStaff,
  sendingStaff,
  signCommand,
  signedBy,
  student,
} from '../testing';
import { Signature } from './agreement.events';
import { contentHash } from './content-hash';

const signatureOf = (party: Signature['party'], signer: Signature['signer']): Signature => ({
  party,
  signer,
  at: NOW,
  contentHash: HASH_V1,
});
const studentSignature = signatureOf('student', { id: student.id, name: student.name, email: student.email });
const sendingSignature = signatureOf('sending', { id: sendingStaff.id, name: sendingStaff.name });
const receivingSignature = signatureOf('receiving', { id: receivingStaff.id, name: receivingStaff.name });

describe('SignAgreement', () => {
  it('CTI-LA-4: records the student signature bound to the content hash', () => {
    given(drafted())
      .when(signCommand(student))
      .then([{ type: 'AgreementSigned', data: { mobilityId: MOBILITY_ID, version: 1, signature: studentSignature } }]);
  });

  it('LA-ORDER: the sending institution signs after the student', () => {
    given(signedBy(1))
      .when(signCommand(sendingStaff))
      .thenState((state) => {
        expect(state.status).toBe('signing');
        expect(state.signatures).toEqual([studentSignature, sendingSignature]);
      });
  });

  it('CTI-LA-1: the third signature, the receiving institution, approves version 1', () => {
    given(signedBy(2))
      .when(signCommand(receivingStaff))
      .then([
        { type: 'AgreementSigned', data: { mobilityId: MOBILITY_ID, version: 1, signature: receivingSignature } },
        {
          type: 'AgreementApproved',
          data: {
            mobilityId: MOBILITY_ID,
            version: 1,
            content: aContent(),
            contentHash: HASH_V1,
            signatures: [studentSignature, sendingSignature, receivingSignature],
            at: NOW,
          },
        },
      ]);
  });

  it('CTI-LA-4: refuses a signature on a stale content hash', () => {
    const stale = 'f'.repeat(64);
    given(signedBy(1))
      .when(signCommand(sendingStaff, stale))
      .thenThrows({ kind: 'conflict', ruleId: 'CTI-LA-4', message: new RegExp(`names content hash ${stale} but the current version is ${HASH_V1}`) });
  });

  it('CTI-LA-4: refuses a signature on the content before an edit', () => {
    const edit = command('EditDraft', student, { content: aContent({ iscedFCode: '0542' }) });
    given(history(draftCommand(), edit)).when(signCommand(student)).thenThrows({ kind: 'conflict', ruleId: 'CTI-LA-4' });
  });

  it.each([
    ['the sending institution before the student', drafted, sendingStaff],
    ['the receiving institution before the sending institution', () => signedBy(1), receivingStaff],
    ['the student twice', () => signedBy(1), student],
    ['the sending institution twice', () => signedBy(2), sendingStaff],
  ])('LA-ORDER: refuses a signature by %s', (_, history, actor) => {
    given(history()).when(signCommand(actor)).thenThrows({ kind: 'rule', ruleId: 'LA-ORDER' });
  });

  it.each([
    ['an auditor', auditor],
    ['an admin', admin],
    ['staff of another school', otherSchoolStaff],
  ])('LA-PARTY: refuses a signature by %s', (_, actor) => {
    given(signedBy(1)).when(signCommand(actor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('CTI-LA-2: refuses to sign an academic agreement without recognition at home (table B)', () => {
    const content = aContent({ recognisedAtHome: [] });
    const sign = signCommand(student, contentHash(content));
    given(history(draftCommand(content))).when(sign).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-2', message: /table B/ });
  });

  it('CTI-LA-3: refuses SignAgreement once approved; amendments are signed instead', () => {
    given(approved()).when(signCommand(student)).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });

  it('refuses to sign an agreement that does not exist', () => {
    given([]).when(signCommand(student)).thenThrows({ kind: 'not_found' });
  });

  it('refuses a command naming another mobility than the stream', () => {
    const elsewhere = { ...signCommand(student), data: { mobilityId: 'other', contentHash: HASH_V1 } };
    given(drafted()).when(elsewhere).thenThrows({ kind: 'invalid' });
  });
});

describe('RejectAgreement', () => {
  const reject = (by = receivingStaff, comment = 'KR502B is not taught in the summer term') =>
    command('RejectAgreement', by, { comment });

  it('voids the round signatures and returns the draft to editing, keeping the comment', () => {
    given(signedBy(2))
      .when(reject())
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'AgreementRejected',
            data: {
              mobilityId: MOBILITY_ID,
              contentHash: HASH_V1,
              comment: 'KR502B is not taught in the summer term',
              voidedSignatures: [studentSignature, sendingSignature],
              party: 'receiving',
              by: { id: receivingStaff.id, name: receivingStaff.name },
              at: NOW,
            },
          },
        ]);
        expect(state).toMatchObject({ status: 'draft', signatures: [] });
        expect(state.rejections).toEqual([
          { of: 'draft', contentHash: HASH_V1, party: 'receiving', by: receivingStaff.id, comment: 'KR502B is not taught in the summer term', at: NOW },
        ]);
      });
  });

  it('lets the sending institution reject a draft before signing it', () => {
    given(signedBy(1)).when(reject(sendingStaff)).then(([event]) => expect(event.data).toMatchObject({ party: 'sending' }));
  });

  it('CTI-LA-4: after a rejection the same content is signed again from the student', () => {
    given(history(draftCommand(), signCommand(student), reject()))
      .when(signCommand(student))
      .then(([event]) => expect(event.type).toBe('AgreementSigned'));
  });

  it('LA-REJECT: refuses a rejection without a comment', () => {
    given(signedBy(1)).when(reject(receivingStaff, '   ')).thenThrows({ kind: 'invalid', ruleId: 'LA-REJECT' });
  });

  it.each([
    ['the student', student],
    ['an auditor', auditor],
  ])('LA-PARTY: refuses a rejection by %s', (_, actor) => {
    given(signedBy(1)).when(reject(actor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('CTI-LA-3: refuses RejectAgreement once approved', () => {
    given(approved()).when(reject()).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });
});
