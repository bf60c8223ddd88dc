import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@app/domain';
import { assertMayRead, loadAgreement } from '@app/agreements';
import { EventStore, InjectEventStore } from '@app/event-store';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import { ProjectionFeed } from '../feed';
import { ProjectionStore } from '../store';
import { AUDIT_TIMELINE, auditTimelineProjection } from './audit-timeline.projection';
import { actorNamesOf } from './actor-names';
import { AuditTimeline, toAuditEntry } from './audit-timeline.view';
import type { TrailLanguage } from './audit-sentence';

/** An agreement's audit trail, in plain words, for its parties, auditors and admins. */
export class GetAuditTimeline {
  constructor(
    readonly mobilityId: string,
    readonly actor: Actor,
    readonly language: TrailLanguage = 'en',
  ) {}
}

@QueryHandler(GetAuditTimeline)
export class GetAuditTimelineHandler implements IQueryHandler<GetAuditTimeline, AuditTimeline> {
  constructor(
    @InjectEventStore() private readonly events: EventStore,
    @Inject(PROJECTION_STORE) private readonly rows: ProjectionStore,
    private readonly feed: ProjectionFeed,
  ) {}

  async execute({ mobilityId, actor, language }: GetAuditTimeline): Promise<AuditTimeline> {
    const { state } = await loadAgreement(this.events, mobilityId);
    assertMayRead(actor, state, mobilityId);
    // The caller may have just acted: read its own writes rather than wait for the subscription.
    await this.feed.catchUp(AUDIT_TIMELINE);
    const rows = await this.rows.select(auditTimelineProjection, AUDIT_TIMELINE, { mobility_id: mobilityId });
    const names = actorNamesOf(state);
    return { mobilityId, entries: rows.map((row) => toAuditEntry(row, language, names)) };
  }
}
