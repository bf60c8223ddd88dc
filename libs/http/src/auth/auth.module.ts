import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard } from '../access/access.guard';
import { RelationResolvers } from '../access/relation-resolvers';
import { authSettingsFrom } from './auth-settings';
import { JwtAuthGuard } from './jwt-auth.guard';
import { throttlingFrom } from './throttling';
import { AUTH_SETTINGS, TokenVerifier } from './token-verifier';

/**
 * Rate limiting, bearer-token authentication and the access matrix, in that order, for every
 * route of the app that imports it: a flood of invalid tokens is slowed down as well.
 */
@Global()
@Module({
  imports: [ThrottlerModule.forRootAsync({ inject: [ConfigService], useFactory: throttlingFrom })],
  providers: [
    { provide: AUTH_SETTINGS, inject: [ConfigService], useFactory: authSettingsFrom },
    TokenVerifier,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    RelationResolvers,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenVerifier, RelationResolvers],
})
export class AuthModule {}
