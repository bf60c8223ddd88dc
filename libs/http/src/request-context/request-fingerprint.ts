import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { canonicalJson } from '@app/domain';

const fingerprints = new AsyncLocalStorage<string>();

/**
 * What a request asks, as one hash: method, route pattern, path parameters and the body
 * (canonical JSON, so that key order and spacing do not count; an XML body as sent).
 */
export function requestFingerprint(request: Pick<Request, 'method' | 'params' | 'body'> & { route?: { path?: unknown } }): string {
  const route = typeof request.route?.path === 'string' ? request.route.path : '';
  const asked = canonicalJson({ method: request.method.toUpperCase(), route, params: { ...request.params }, body: request.body ?? null });
  return createHash('sha256').update(asked).digest('hex');
}

/**
 * Fingerprints every HTTP request that carries an Idempotency-Key, for the whole of its
 * handling: `requestContext` records it with the key, and a later request with the same key
 * and another fingerprint is refused (IDEMPOTENCY-KEY-REUSED) rather than replayed.
 */
@Injectable()
export class RequestFingerprintInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.headers['idempotency-key'] === undefined) return next.handle();
    // Nest runs the handler in the async context of `handle()`, so the store follows it.
    return fingerprints.run(requestFingerprint(request), () => next.handle());
  }
}

/** The fingerprint of the HTTP request being handled, when it carries an Idempotency-Key. */
export const currentRequestFingerprint = (): string | undefined => fingerprints.getStore();
