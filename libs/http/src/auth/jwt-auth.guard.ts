import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { authenticate } from './authenticate-request';
import { IS_PUBLIC } from './public.decorator';
import { TokenVerifier } from './token-verifier';

/** Every route needs a valid bearer token unless marked @Public(); the actor rides on the request. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: unknown }>();
    const authentication = await authenticate(request, this.tokens);
    if (authentication.kind === 'none') throw new UnauthorizedException('A bearer token is required');
    if (authentication.kind === 'failed') throw new UnauthorizedException(authentication.reason);
    request.actor = authentication.actor;
    return true;
  }
}
