import type { RecordedEvent } from '@app/event-store';
import type { DueCheck, WorkItem } from './work-item';

/** What a reaction decides for one event: messages to send now, checks to run later, subjects erased. */
export type Reactions = {
  work: WorkItem[];
  due: DueCheck[];
  /** Students whose data was erased: their items and outbox files go (crypto-shredding). */
  erased?: string[];
};

export const nothing = (): Reactions => ({ work: [], due: [] });

/**
 * A side effect's place beside the projections: fed the same log, with its own checkpoint,
 * it turns events into work recorded before it is done. `contextOf` reads what the reaction
 * needs beyond the event (the agreement's state as of the event, as stored: personal fields
 * sealed); `react` is pure, so the unit tests replay events without a database.
 */
export interface Reaction<Context = unknown> {
  name: string;
  canHandle(event: RecordedEvent): boolean;
  contextOf(event: RecordedEvent, log: StreamReader): Promise<Context>;
  react(event: RecordedEvent, context: Context): Reactions;
}

/** The part of the event store a reaction's context reads: one stream, up to a revision. */
export interface StreamReader {
  readStream(streamId: string, options?: { maxCount?: number }): Promise<RecordedEvent[]>;
}
