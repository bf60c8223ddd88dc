import { type EventStore, sealedStoreOf } from '@app/event-store';
import type { Clock } from '@app/kernel';
import { currentAgreement } from '../mail/agreement-mail.reaction';
import { signatureReminder } from '../mail/signature-reminder';
import { surveyReminder } from '../mail/survey-mail.reaction';
import { ReactionStore, RecordedDue } from '../store/reaction-store';
import { digestsOf } from './digest';

export type TickSettings = { reminderDays: number; publicUrl: string };

/** Due checks settled at a time. */
const BATCH = 100;

/**
 * The time-based reactions, run on a schedule against the injected clock: the due checks
 * whose moment came (reminders), settled against the state as it stands, and the daily
 * digests of the messages held since before today. Everything it needs is in the tables, so
 * a restart loses nothing: a check missed while the ledger was down is settled at the next tick.
 */
export class ReactionTick {
  private running: Promise<void> = Promise.resolve();
  private readonly log: EventStore;

  constructor(
    events: EventStore,
    private readonly store: ReactionStore,
    private readonly clock: Clock,
    private readonly settings: TickSettings,
    private readonly onRecorded: () => void,
  ) {
    this.log = sealedStoreOf(events);
  }

  /** One tick at a time: a slow one delays the next rather than racing it. */
  tick(): Promise<void> {
    this.running = this.running.catch(() => undefined).then(() => this.run());
    return this.running;
  }

  /** Settles once the tick in flight, if any, is done; starts none (a shutdown waits on it rather than sending more). */
  idle(): Promise<void> {
    return this.running.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const now = this.clock.now();
    for (;;) {
      const due = await this.store.dueChecks(now, BATCH);
      if (due.length === 0) break;
      for (const check of due) await this.settle(check, now);
    }
    const today = now.toISOString().slice(0, 10);
    const held = await this.store.held(new Date(`${today}T00:00:00.000Z`));
    for (const { digest, gathered } of digestsOf(held, today, this.settings.publicUrl)) await this.store.recordDigest(digest, 'digest', now, gathered);
    this.onRecorded();
  }

  private async settle(due: RecordedDue, now: Date): Promise<void> {
    if (due.subject.kind === 'survey') return this.store.settleDue(due, now, await surveyReminder(due, this.log, (id) => currentAgreement(id, this.log)));
    const state = await currentAgreement(due.subject.mobilityId, this.log);
    await this.store.settleDue(due, now, signatureReminder(due, state, now, this.settings.reminderDays));
  }
}
