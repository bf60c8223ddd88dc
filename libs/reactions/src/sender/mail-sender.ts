import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ERASED } from '@app/domain';
import type { PersonalDataProtection } from '@app/event-store';
import type { Clock } from '@app/kernel';
import { messageText } from '../mail/message-text';
import { ReactionStore, RecordedWork } from '../store/reaction-store';
import { retryAt } from './backoff';
import { failureNote } from './failure-note';
import { MailTransport } from './mail-transport';

export type MailSettings = {
  from: string;
  /** The web pages' base URL, which every link starts with. */
  publicUrl: string;
  retryBaseMs: number;
  maxAttempts: number;
  /** How often the queue is looked at when nothing wakes the sender. */
  pollMs: number;
  /** How long a claim on a message keeps other senders from it: longer than any one send may take. */
  claimMs: number;
  /** Addresses that get one digest a day instead of each message. */
  digestTo: ReadonlySet<string>;
};

/** Messages taken from the queue at a time. */
const BATCH = 20;

/**
 * Delivers the recorded work: queued items and failed ones whose retry is due, each marked
 * sent or failed (retried with exponential backoff, given up after `maxAttempts`). A
 * student's address is opened here, at the last moment, with their key: erased, the item is
 * given up and nothing is sent. The message id derives from the work key, so that the one
 * case this cannot make exactly-once (a crash after the server accepted a message and before
 * it was marked sent) resends the same message, which mail software recognises.
 *
 * Several senders may share one database (replicas, or a new process while the old one
 * drains): each claims the items it takes for `claimMs`, and renews the claim on an item right
 * before sending it, so no two send the same item while a claim holds, and the items of one
 * that died (SIGKILL) go to another once its claim ends.
 */
export class MailSender {
  /** Unique to this instance: a restarted process must not take its predecessor's claims for its own. */
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private pass: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly store: ReactionStore,
    private readonly transport: MailTransport,
    private readonly protection: PersonalDataProtection | undefined,
    private readonly clock: Clock,
    private readonly settings: MailSettings,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        await this.deliverDue().catch((error: Error) => console.error(`mail sender: ${error.message}`));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.settings.pollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    })();
  }

  /** Something was recorded: look at the queue now rather than at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.transport.close();
  }

  /** Delivers what is due now, one pass at a time; how many messages left. */
  deliverDue(): Promise<number> {
    this.pass = this.pass.catch(() => 0).then(async () => {
      let sent = 0;
      for (;;) {
        const due = await this.store.claimDeliverable(this.claim(), BATCH);
        if (due.length === 0) return sent;
        for (const work of due) {
          // The batch's later items wait their turn: each is sent only under a claim renewed now.
          if (await this.store.renewClaim(work.key, this.claim())) sent += (await this.deliver(work)) ? 1 : 0;
        }
      }
    });
    return this.pass;
  }

  private claim() {
    const now = this.clock.now();
    return { sender: this.id, now, until: new Date(now.getTime() + this.settings.claimMs) };
  }

  private async deliver(work: RecordedWork): Promise<boolean> {
    const [address] = this.protection ? await this.protection.openValues([work.recipient.address], ERASED) : [work.recipient.address];
    if (typeof address !== 'string' || address === ERASED) {
      await this.store.markFailed(work.key, this.id, this.clock.now(), "the recipient's personal data was erased", undefined);
      return false;
    }
    if (work.reason !== 'digest' && this.settings.digestTo.has(address.toLowerCase())) {
      await this.store.markHeld(work.key, this.id);
      return false;
    }
    const { subject, body } = messageText(work.reason, work.facts, work.recipient.language, this.settings.publicUrl);
    const digest = createHash('sha256').update(work.key).digest('hex');
    const messageId = `<${digest.slice(0, 32)}@mobility-ledger>`;
    try {
      const { outboxFile } = await this.transport.send({
        from: this.settings.from,
        to: address,
        subject,
        text: body,
        messageId,
        language: work.recipient.language,
        fileName: `${work.recordedAt.replace(/[^0-9]/g, '').slice(0, 14)}-${work.reason}-${digest.slice(0, 12)}.eml`,
      });
      await this.store.markSent(work.key, this.clock.now(), { messageId, ...(outboxFile && { outboxFile }) });
      return true;
    } catch (error) {
      const now = this.clock.now();
      await this.store.markFailed(work.key, this.id, now, failureNote((error as Error).message, address, work.recipient.id), retryAt(now, work.attempts, { baseMs: this.settings.retryBaseMs, maxAttempts: this.settings.maxAttempts }));
      return false;
    }
  }
}
