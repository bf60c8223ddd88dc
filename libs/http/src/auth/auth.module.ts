import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { authSettingsFrom } from './auth-settings';
import { JwtAuthGuard } from './jwt-auth.guard';
import { throttlingFrom } from './throttling';
import { AUTH_SETTINGS, TokenVerifier } from './token-verifier';

/**
 * Bearer-token authentication and rate limiting for every route of the app that imports it.
 * The throttler runs first, so a flood of invalid tokens is slowed down as well.
 */
@Global()
@Module({
  imports: [ThrottlerModule.forRootAsync({ inject: [ConfigService], useFactory: throttlingFrom })],
  providers: [
    { provide: AUTH_SETTINGS, inject: [ConfigService], useFactory: authSettingsFrom },
    TokenVerifier,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [TokenVerifier],
})
export class AuthModule {}
