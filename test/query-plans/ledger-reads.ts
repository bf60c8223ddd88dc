import { randomUUID } from 'node:crypto';
import { agreementStreamId } from '@app/domain';
import { admin } from '@app/domain/school/school.fixtures';
import { type EventStore, type PersonalDataKeyStore, WrongExpectedRevisionError } from '@app/event-store';
import { GetLaStats, GetLaStatsHandler } from '@app/ewp/stats/get-la-stats.query';
import { type Projection, ProjectionFeed, type ProjectionStore, catchUpProjection } from '@app/read-models';
import { GetAuditTimeline, GetAuditTimelineHandler } from '@app/read-models/audit/get-audit-timeline.query';
import { GetCohortReport, GetCohortReportHandler } from '@app/read-models/reports/get-cohort-report.query';
import { STORY } from './ledger-story';

export interface LedgerStores {
  events: EventStore;
  keys: PersonalDataKeyStore;
  projections: ProjectionStore;
  projected: readonly Projection[];
}

/** The in-process feed: each query first catches its projections up from their checkpoints. */
const catchingUp = ({ events, projections, projected }: LedgerStores): ProjectionFeed => ({
  catchUp: async (...names: string[]) => {
    for (const projection of projected.filter(({ name }) => names.includes(name))) await catchUpProjection(events, projections, projection);
  },
  stop: async () => undefined,
});

/**
 * Every read the ledger makes of its event store, key store and read models, through the
 * real methods and query handlers: a stream read both ways, the global log from its start and
 * from a checkpoint (read and subscribed to), appends that pass, repeat and conflict, keys by subject and by id, and
 * the queries of the cohort report, the EWP stats and the audit trail with their catch-up.
 */
export async function readAsTheLedgerDoes(stores: LedgerStores, fillerSubject: string): Promise<void> {
  const { events, keys, projections } = stores;
  const agreement = agreementStreamId(STORY.mobilityIds[0]);
  await events.readStream(agreement);
  await events.readStream(agreement, { direction: 'backwards', maxCount: 1 });
  const page = await events.readAll({ maxCount: 501 });
  await events.readAll({ fromPosition: page[page.length - 1].position, maxCount: 501 });
  await firstDelivery(events, page[0].position);

  const streamId = `plan-check-${randomUUID()}`;
  const checked = () => [{ id: randomUUID(), type: 'PlanChecked', data: {} }];
  await events.appendToStream(streamId, checked(), { expectedRevision: 'no_stream' });
  const second = checked();
  await events.appendToStream(streamId, second, { expectedRevision: 0n });
  await events.appendToStream(streamId, second, { expectedRevision: 0n });
  const conflict = await events.appendToStream(streamId, checked(), { expectedRevision: 0n }).catch((error: unknown) => error);
  if (!(conflict instanceof WrongExpectedRevisionError)) throw new Error(`an append at a stale revision must conflict, not ${String(conflict)}`);

  const created = await keys.keyFor(`acc-plan-${randomUUID()}`);
  const held = await keys.keyFor(fillerSubject);
  await keys.keyOf(fillerSubject);
  await keys.keysById([created.keyId, held.keyId, randomUUID()]);

  for (const { name } of stores.projected) await projections.checkpointOf(name);
  const feed = catchingUp(stores);
  const cohort = new GetCohortReportHandler(projections, feed, events);
  for (const academicYear of ['2025/2026', '2026/2027']) await cohort.execute(new GetCohortReport(STORY.school, academicYear, admin, '2026-06-30'));
  await new GetLaStatsHandler(projections, feed).execute(new GetLaStats(STORY.school, admin));
  await new GetAuditTimelineHandler(events, projections, feed).execute(new GetAuditTimeline(STORY.mobilityIds[0], admin));
}

/** A subscription from a checkpoint, until it delivered its first event. */
async function firstDelivery(events: EventStore, checkpoint: bigint): Promise<void> {
  let delivered!: () => void;
  const first = new Promise<void>((resolve) => (delivered = resolve));
  const subscription = events.subscribeToAll({ fromPosition: checkpoint, handler: () => delivered() });
  await Promise.race([first, subscription.done]);
  await subscription.stop();
}
