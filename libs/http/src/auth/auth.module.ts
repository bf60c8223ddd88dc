import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard } from '../access/access.guard';
import { RelationResolvers } from '../access/relation-resolvers';
import { authSettingsFrom } from './auth-settings';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RateLimitGuard } from './rate-limit.guard';
import { throttlingFrom } from './throttling';
import { AUTH_SETTINGS, TokenVerifier } from './token-verifier';

/**
 * Rate limiting, bearer-token authentication and the access matrix, in that order, for every
 * route of the app that imports it: the rate limit counts a valid token against its subject
 * and anything else against the client's address, so a flood of invalid tokens is slowed
 * down as well.
 */
@Global()
@Module({
  imports: [ThrottlerModule.forRootAsync({ inject: [ConfigService], useFactory: throttlingFrom })],
  providers: [
    { provide: AUTH_SETTINGS, inject: [ConfigService], useFactory: authSettingsFrom },
    TokenVerifier,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    RelationResolvers,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenVerifier, RelationResolvers],
})
export class AuthModule {}
