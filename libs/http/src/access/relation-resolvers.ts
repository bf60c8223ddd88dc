import { Injectable } from '@nestjs/common';
import type { Actor, Detail } from '@app/domain';
import type { Relation, ResourceKind } from './access-matrix';
import { schoolRelations } from './school-relation';

/** What a resolver may look at: the route's parameters, its query and its (unvalidated) body. */
export interface AccessRequest {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  body: unknown;
}

export interface RelationResolver {
  /**
   * The actor's relation to the resource the request names; undefined when the request
   * does not name one properly: 400 for a private resource's id, otherwise validation answers.
   */
  relationOf(actor: Actor, request: AccessRequest): Promise<Relation | undefined>;
  /** What a hidden resource answers: the same words as a missing one. */
  notFound(request: AccessRequest): Detail;
}

/** Feature modules register how to find an actor's relation to their resources. */
@Injectable()
export class RelationResolvers {
  // Schools need nothing but the request: they are known to every app.
  private readonly resolvers = new Map<ResourceKind, RelationResolver>([['school', schoolRelations]]);

  register(kind: ResourceKind, resolver: RelationResolver): void {
    this.resolvers.set(kind, resolver);
  }

  of(kind: ResourceKind): RelationResolver {
    const resolver = this.resolvers.get(kind);
    if (!resolver) throw new Error(`no relation resolver is registered for ${kind} resources`);
    return resolver;
  }
}
