import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Actor, forbidden, invalid, notFound, refusal } from '@app/domain';
import { withRequestReads } from '@app/event-store';
import { requestReadsOf } from '../request-context/request-reads';
import { IS_PUBLIC } from '../auth/public.decorator';
import { ACCESS_MATRIX, AccessAction, READ_ACTION } from './access-matrix';
import { ACCESS_ACTION } from './access.decorator';
import { decideAccess } from './decide-access';
import { AccessRequest, RelationResolvers } from './relation-resolvers';

/**
 * The one place the access matrix is enforced for a route. A route that is neither public
 * nor governed by a row of the matrix is refused: access is never granted by omission.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolvers: RelationResolvers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const http = context.switchToHttp().getRequest<Request & { actor: Actor }>();
    const action = this.reflector.getAllAndOverride<AccessAction | undefined>(ACCESS_ACTION, targets);
    if (!action) throw forbidden(refusal('noAccessRule', http.method, http.path), 'ACCESS');
    const { resource, ruleId } = ACCESS_MATRIX[action];
    const request: AccessRequest = { params: singleParams(http.params), query: http.query, body: http.body };
    const resolver = resource === 'collection' ? undefined : this.resolvers.of(resource);
    // What the resolver reads (the agreement, the student) is kept for the handler: one read per request.
    const relation = resolver ? await withRequestReads(requestReadsOf(http), () => resolver.relationOf(http.actor, request)) : 'other';
    if (relation === undefined) {
      // A private resource is looked up by its id, so a malformed one is refused here, whatever the route validates.
      if (READ_ACTION[resource]) throw invalid(`the path does not name ${resource === 'agreement' ? 'an agreement' : 'a student'} by a valid id`);
      return true;
    }
    const decision = decideAccess(action, http.actor.role, relation);
    if (decision === 'hide') throw notFound(resolver!.notFound(request));
    if (decision === 'forbid') throw forbidden(refusal('accessForbidden', http.actor.role, http.actor.id, action), ruleId);
    return true;
  }
}

/** Wildcard parameters (arrays) never name a resource. */
const singleParams = (params: Request['params']): AccessRequest['params'] =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : undefined]));
