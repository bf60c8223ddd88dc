import { createHash } from 'node:crypto';
import type { WorkItem } from '../reaction/work-item';
import type { RecordedWork } from '../store/reaction-store';
import { messageText } from '../mail/message-text';

/**
 * The day's digests: the held messages of each mailbox, gathered into one message keyed by
 * the recipient and the day, so a second tick of the same day records nothing new. The key
 * names the recipient by id, never by address; a digest of the mailbox to tell apart two
 * addresses one recipient had that day (a contact changed), since a digest whose key exists
 * already gathers nothing, and the second address's messages would wait a day.
 */
export function digestsOf(held: readonly RecordedWork[], day: string, publicUrl: string): { digest: WorkItem; gathered: string[] }[] {
  const byRecipient = new Map<string, RecordedWork[]>();
  for (const work of held) {
    const address = typeof work.recipient.address === 'string' ? work.recipient.address.toLowerCase() : work.recipient.id;
    byRecipient.set(address, [...(byRecipient.get(address) ?? []), work]);
  }
  return [...byRecipient].map(([mailbox, works]) => {
    const { recipient } = works[0];
    const mailboxDigest = createHash('sha256').update(mailbox).digest('hex').slice(0, 12);
    return {
      digest: {
        key: `digest:${recipient.id}:${mailboxDigest}:${day}`,
        reason: 'digest',
        recipient,
        facts: {
          link: '/agreements',
          items: works.map((work) => `${messageText(work.reason, work.facts, recipient.language, publicUrl).subject} (${new URL(work.facts.link, publicUrl)})`),
        },
      },
      gathered: works.map((work) => work.key),
    };
  });
}
