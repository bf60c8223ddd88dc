import {
  HASH_V1,
  MOBILITY_ID,
  NOW,
  aComponent,
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
  otherStudent,
  receivingStaff,
  sendingStaff,
  signedBy,
  student,
} from '../testing';
import { contentHash } from './content-hash';

const edited = aContent({ studiedAbroad: [aComponent('KR501', '9'), aComponent('KR630', '6')] });
const EDITED_HASH = contentHash(edited);

describe('DraftAgreement', () => {
  it('drafts the agreement for the student, with the content hash (CTI-LA-4)', () => {
    given([])
      .when(draftCommand())
      .then([
        {
          type: 'AgreementDrafted',
          data: {
            mobilityId: MOBILITY_ID,
            content: aContent(),
            contentHash: HASH_V1,
            party: 'student',
            by: { id: student.id, name: student.name, email: student.email },
            at: NOW,
          },
        },
      ]);
  });

  it('lets the sending institution draft it', () => {
    given([]).when(draftCommand(aContent(), sendingStaff)).then(([event]) => expect(event.data).toMatchObject({ party: 'sending' }));
  });

  it.each([
    ['the receiving institution', receivingStaff],
    ['another student', otherStudent],
    ['staff of another school', otherSchoolStaff],
    ['an auditor', auditor],
    ['an admin', admin],
  ])('LA-PARTY: refuses a draft by %s', (_, actor) => {
    given([]).when(draftCommand(aContent(), actor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('refuses a second draft on the same mobility as a conflict', () => {
    given(drafted()).when(draftCommand()).thenThrows({ kind: 'conflict' });
  });

  it('LA-CONTENT: refuses malformed content', () => {
    given([]).when(draftCommand(aContent({ plannedEnd: '2026-01-01' }))).thenThrows({ kind: 'invalid', ruleId: 'LA-CONTENT' });
  });

  it('LA-CREDITS: refuses a draft whose component counts 600 ECTS', () => {
    given([]).when(draftCommand(aContent({ studiedAbroad: [aComponent('KR501', '600')] }))).thenThrows({ kind: 'rule', ruleId: 'LA-CREDITS', message: /KR501/ });
  });

  it('drafts an incomplete agreement: CTI-LA-2 is checked at signing, not while drafting', () => {
    given([]).when(draftCommand(aContent({ recognisedAtHome: [] }))).then((events) => expect(events).toHaveLength(1));
  });

  it('refuses a command without an actor', () => {
    const bare = { ...draftCommand(), metadata: { now: NOW } } as unknown as ReturnType<typeof draftCommand>;
    given([]).when(bare).thenThrows({ kind: 'invalid', ruleId: 'LA-PARTY' });
  });
});

describe('EditDraft', () => {
  const edit = (by = student, content = edited, expectedContentHash?: string) =>
    command('EditDraft', by, { content, ...(expectedContentHash && { expectedContentHash }) });

  it('replaces the content and its hash', () => {
    given(drafted())
      .when(edit(sendingStaff))
      .then([
        {
          type: 'DraftEdited',
          data: {
            mobilityId: MOBILITY_ID,
            content: edited,
            contentHash: EDITED_HASH,
            previousContentHash: HASH_V1,
            voidedSignatures: [],
            party: 'sending',
            by: { id: sendingStaff.id, name: sendingStaff.name },
            at: NOW,
          },
        },
      ]);
  });

  it('CTI-LA-4: an edit after signatures voids them and the draft needs new signatures', () => {
    given(signedBy(2))
      .when(edit())
      .thenState((state, [event]) => {
        expect(event.type === 'DraftEdited' && event.data.voidedSignatures.map((s) => s.party)).toEqual(['student', 'sending']);
        expect(state).toMatchObject({ status: 'draft', signatures: [], current: { contentHash: EDITED_HASH } });
      });
  });

  it('CTI-LA-4: an edit that leaves the content as it is voids nothing', () => {
    given(signedBy(1)).when(edit(student, aContent())).thenNothingHappens();
  });

  it('refuses an edit based on a stale content hash as a conflict', () => {
    given(history(draftCommand(), edit())).when(edit(student, aContent(), HASH_V1)).thenThrows({ kind: 'conflict' });
  });

  it('accepts an edit based on the current content hash', () => {
    given(drafted()).when(edit(student, edited, HASH_V1)).then((events) => expect(events).toHaveLength(1));
  });

  it('CTI-LA-3: refuses to edit an approved agreement', () => {
    given(approved()).when(edit()).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });

  it.each([
    ['the receiving institution', receivingStaff],
    ['an auditor', auditor],
  ])('LA-PARTY: refuses an edit by %s', (_, actor) => {
    given(drafted()).when(edit(actor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('LA-PARTY: refuses an edit that changes the student or the sending institution', () => {
    const otherAccount = aContent({ student: { ...aContent().student, accountId: otherStudent.id } });
    given(drafted()).when(edit(student, otherAccount)).thenThrows({ kind: 'rule', ruleId: 'LA-PARTY' });
    const otherSchool = aContent({ sendingInstitution: { heiId: 'other.fr' } });
    given(drafted()).when(edit(student, otherSchool)).thenThrows({ kind: 'rule', ruleId: 'LA-PARTY' });
  });

  it('LA-CONTENT: refuses malformed content', () => {
    const bad = aContent({ studiedAbroad: [aComponent('KR501', '7,5')] });
    given(drafted()).when(edit(student, bad)).thenThrows({ kind: 'invalid', ruleId: 'LA-CONTENT', message: /7,5/ });
  });

  it('refuses to edit an agreement that does not exist', () => {
    given([]).when(edit()).thenThrows({ kind: 'not_found' });
  });
});
