import { AgreementEvent, mobilityIdOf, AGREEMENT_EVENT_TYPES } from '@app/domain';
import { type RecordedEvent, asDomainEvent } from '@app/event-store';
import { RowProjection, upsert } from '../projection';
import { RecordedActor, auditSentence } from './audit-sentence';

export const AUDIT_TIMELINE = 'audit_timeline';

type EventFields = { version?: number; proposalNumber?: number; contentHash?: string; signature?: { contentHash: string } };

/** Only an approval brings a version into force; a signature's `version` is the one it would approve, so it is not shown. */
const VERSION_IN_FORCE = new Set(['AgreementApproved', 'AmendmentApproved']);

/** Every event of every agreement, one row each, keyed by agreement and stream revision. */
export const auditTimelineProjection: RowProjection = {
  kind: 'rows',
  name: AUDIT_TIMELINE,
  version: 4,
  tables: [
    {
      name: AUDIT_TIMELINE,
      // The trail reads one agreement's rows in revision order: the primary key itself, no secondary index.
      primaryKey: ['mobility_id', 'revision'],
      columns: {
        mobility_id: 'text',
        revision: 'integer',
        event_id: 'text',
        event_type: 'text',
        recorded_at: 'text',
        actor_id: 'text',
        actor_role: 'text',
        actor_institution: 'text',
        version: 'integer',
        proposal_number: 'integer',
        content_hash: 'text',
        event_hash: 'text',
        previous_hash: 'text',
        sentence: 'text',
        sentence_fr: 'text',
      },
    },
  ],
  canHandle: AGREEMENT_EVENT_TYPES,
  apply(recorded: RecordedEvent) {
    const mobilityId = mobilityIdOf(recorded.streamId);
    if (!mobilityId) return [];
    const actor = (recorded.metadata.actor ?? {}) as RecordedActor;
    const data = recorded.data as EventFields;
    const event = asDomainEvent<AgreementEvent>(recorded);
    return [
      upsert(AUDIT_TIMELINE, {
        mobility_id: mobilityId,
        revision: Number(recorded.revision),
        event_id: recorded.id,
        event_type: recorded.type,
        recorded_at: recorded.recordedAt.toISOString(),
        actor_id: actor.id ?? null,
        actor_role: actor.role ?? null,
        actor_institution: actor.institution ?? null,
        version: VERSION_IN_FORCE.has(recorded.type) ? (data.version ?? null) : null,
        proposal_number: data.proposalNumber ?? null,
        content_hash: data.contentHash ?? data.signature?.contentHash ?? null,
        event_hash: (recorded.metadata.hash as string | undefined) ?? null,
        previous_hash: (recorded.metadata.previousHash as string | undefined) ?? null,
        sentence: auditSentence(event, actor, 'en'),
        sentence_fr: auditSentence(event, actor, 'fr'),
      }),
    ];
  },
};
