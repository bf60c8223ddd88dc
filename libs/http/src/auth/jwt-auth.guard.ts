import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC } from './public.decorator';
import { InvalidToken, TokenVerifier } from './token-verifier';

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
    const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token || rest.length > 0) throw new UnauthorizedException('A bearer token is required');
    try {
      request.actor = await this.tokens.actorOf(token);
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      throw new UnauthorizedException(`The bearer token is not valid: ${error.message}`);
    }
    return true;
  }
}
