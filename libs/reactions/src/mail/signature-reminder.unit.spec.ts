import { AgreementCommand, agreementDecider, contentHash } from '@app/domain';
import { aContent, command, historyOf, stateOf, sendingStaff, student } from '@app/domain/testing';
import type { RecordedDue } from '../store/reaction-store';
import { MAX_SIGNATURE_REMINDERS, signatureReminder } from './signature-reminder';

const content = aContent();
const hash = contentHash(content);
const draft = command('DraftAgreement', student, { content });
const sign = (by: typeof student) => command('SignAgreement', by, { contentHash: hash });
const state = (...commands: AgreementCommand[]) => stateOf(agreementDecider, historyOf(agreementDecider, commands));
const due = (round = 0): RecordedDue => ({
  key: 'signature-reminder:m:draft:h:sending:insa-lyon.fr',
  reaction: 'agreement-mail',
  reason: 'signature-reminder',
  dueAt: '2026-01-22T09:00:00.000Z',
  subject: { kind: 'signature', mobilityId: draft.data.mobilityId, party: 'sending', contentHash: hash, since: '2026-01-15T09:00:00.000Z' },
  round,
});
const now = new Date('2026-01-22T10:00:00.000Z');

describe('signature reminders (LA-ORDER, CTI-LA-4)', () => {
  it('reminds the party who still has to sign the same content, and plans the next reminder 7 days on', () => {
    const { work, nextDueAt } = signatureReminder(due(), state(draft, sign(student)), now, 7);
    expect(work).toMatchObject({ key: `${due().key}#1`, reason: 'signature-reminder', recipient: { id: 'sending:insa-lyon.fr', address: 'anders@example.com' }, facts: { days: 7 } });
    expect(nextDueAt).toBe('2026-01-29T10:00:00.000Z');
  });

  it('plans the next reminder from now: a check settled late sends one reminder, not the missed ones in a row', () => {
    const late = new Date('2026-03-01T10:00:00.000Z');
    expect(signatureReminder(due(), state(draft, sign(student)), late, 7).nextDueAt).toBe('2026-03-08T10:00:00.000Z');
  });

  it('reminds no one once the party signed, nor after the last reminder', () => {
    expect(signatureReminder(due(), state(draft, sign(student), sign(sendingStaff)), now, 7)).toEqual({});
    const last = signatureReminder(due(MAX_SIGNATURE_REMINDERS - 1), state(draft, sign(student)), now, 7);
    expect(last.work).toBeDefined();
    expect(last.nextDueAt).toBeUndefined();
  });

  it('CTI-LA-4: a content edited since is a new wait, not this one', () => {
    const edited = aContent({ plannedEnd: '2026-07-01' });
    const later = state(draft, sign(student), command('EditDraft', student, { content: edited }), command('SignAgreement', student, { contentHash: contentHash(edited) }));
    expect(signatureReminder(due(), later, now, 7)).toEqual({});
  });
});
