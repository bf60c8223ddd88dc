import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { JwtAuthGuard } from './jwt-auth.guard';
import { jwtSecretFrom } from './jwt-secret';

/** Bearer-token authentication for every route of the app that imports it. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (settings: ConfigService) => ({
        secret: jwtSecretFrom(settings),
        signOptions: { algorithm: 'HS256', expiresIn: '12h' },
        verifyOptions: { algorithms: ['HS256'], clockTolerance: 30 },
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }],
  exports: [JwtModule],
})
export class AuthModule {}
