export { AuthModule } from './auth.module';
export { type AuthSettings, MAX_CLOCK_SKEW_SECONDS, authSettingsFrom } from './auth-settings';
export { CurrentActor } from './current-actor.decorator';
export { JwtAuthGuard } from './jwt-auth.guard';
export { EMBEDDED_DEFAULT_SECRET, jwtSecretFrom } from './jwt-secret';
export { Public } from './public.decorator';
export { trackerOf } from './throttling';
export { actorFromClaims } from './token-claims';
export { InvalidToken, TokenVerifier } from './token-verifier';
