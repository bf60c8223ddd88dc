export { AuthModule } from './auth.module';
export { CurrentActor } from './current-actor.decorator';
export { JwtAuthGuard } from './jwt-auth.guard';
export { EMBEDDED_DEFAULT_SECRET, jwtSecretFrom } from './jwt-secret';
export { Public } from './public.decorator';
export { actorFromClaims } from './token-claims';
