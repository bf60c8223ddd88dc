import { Injectable, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EventStore, InjectEventStore } from '@app/event-store';
import { RelationResolvers } from '@app/http';
import { agreementRelationOf, relationToState } from '@app/kernel';
import { AgreementContent, refusal } from '@app/domain';
import { loadAgreement } from '../read/load-agreement';

/**
 * Tells the access guard how an actor relates to the agreement a route names (`:id`), or
 * to the one a draft's body describes.
 * Every module with routes on agreements provides it, so each app knows agreements.
 */
@Injectable()
export class AgreementRelations implements OnModuleInit {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly resolvers: RelationResolvers,
  ) {}

  onModuleInit(): void {
    this.resolvers.register('agreement', {
      relationOf: async (actor, { params }) =>
        isUUID(params.id ?? '') ? relationToState(actor, (await loadAgreement(this.store, params.id!)).state) : undefined,
      notFound: ({ params }) => refusal('noAgreement', params.id),
    });
    this.resolvers.register('new-agreement', {
      relationOf: async (actor, { body }) => {
        const content = partiesNamedIn(body);
        return content && agreementRelationOf(actor, content);
      },
      notFound: () => refusal('noAgreement'),
    });
  }
}

/** The parties a draft's body names, when it names them at all (validation answers otherwise). */
function partiesNamedIn(body: unknown): AgreementContent | undefined {
  const content = (body as { content?: Record<string, { accountId?: unknown; heiId?: unknown } | undefined> } | undefined)?.content;
  const named =
    typeof content?.student?.accountId === 'string' &&
    typeof content.sendingInstitution?.heiId === 'string' &&
    typeof content.receivingInstitution?.heiId === 'string';
  return named ? (content as unknown as AgreementContent) : undefined;
}
