import type { Request } from 'express';
import { InvalidToken, TokenVerifier, VerifiedToken } from './token-verifier';

/** What a request's Authorization header proved: nothing sent, a refusal, or a verified token. */
export type Authentication = { kind: 'none' } | { kind: 'failed'; reason: string } | ({ kind: 'verified' } & VerifiedToken);

const verified = new WeakMap<Request, Promise<Authentication>>();

/**
 * Verifies a request's bearer token once, for whichever guard asks first: the rate limit
 * needs the subject to pick the budget, the authentication guard the actor.
 */
export function authenticate(request: Request, tokens: TokenVerifier): Promise<Authentication> {
  let authentication = verified.get(request);
  if (!authentication) {
    authentication = verify(request.headers.authorization, tokens);
    verified.set(request, authentication);
  }
  return authentication;
}

async function verify(authorization: string | undefined, tokens: TokenVerifier): Promise<Authentication> {
  if (!authorization) return { kind: 'none' };
  const [scheme, token, ...rest] = authorization.split(' ');
  if (scheme !== 'Bearer' || !token || rest.length > 0) return { kind: 'failed', reason: 'A bearer token is required' };
  try {
    return { kind: 'verified', ...(await tokens.identify(token)) };
  } catch (error) {
    if (!(error instanceof InvalidToken)) throw error;
    return { kind: 'failed', reason: `The bearer token is not valid: ${error.message}` };
  }
}
