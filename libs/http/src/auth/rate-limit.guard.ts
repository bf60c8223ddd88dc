import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerOptions, InjectThrottlerStorage, ThrottlerGuard, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import { authenticate } from './authenticate-request';
import { trackerOf } from './throttling';
import { TokenVerifier } from './token-verifier';

/**
 * The rate limit, before authentication: it verifies the token itself (once per request, the
 * authentication guard reuses the result), so that a valid token spends its subject's budget
 * and a missing or invalid one its address's. A flood of invalid tokens is slowed down like
 * any other, and no spelling of a token opens a second budget.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const http = request as unknown as Request;
    return trackerOf(await authenticate(http, this.tokens), http.ip);
  }
}
