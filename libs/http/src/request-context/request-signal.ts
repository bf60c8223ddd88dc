import { AsyncLocalStorage } from 'node:async_hooks';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

/** Why a request stopped before its answer: its client went away, or the process is closing. */
export type RequestStopReason = 'client-gone' | 'shutdown';

/**
 * What a read or a wait throws when its request was abandoned. A 503 to a client still there
 * (the process is closing: it may retry elsewhere or later); nobody reads it when the client
 * went away.
 */
export class RequestAbortedError extends ServiceUnavailableException {
  constructor(readonly reason: RequestStopReason) {
    super(reason === 'shutdown' ? 'the ledger is shutting down: send the request again' : 'the client went away before the answer');
  }
}

const signals = new AsyncLocalStorage<AbortSignal>();
const signalsByRequest = new WeakMap<Request, AbortSignal>();

/** Called once per request, when it arrives, by the server's tracking of requests in flight. */
export const attachRequestSignal = (request: Request, signal: AbortSignal): void => void signalsByRequest.set(request, signal);

/** Aborted when the request being handled was abandoned; undefined outside a request (subscriptions, rebuilds, scripts). */
export const currentRequestSignal = (): AbortSignal | undefined => signals.getStore();

/**
 * Throws the request's RequestAbortedError once it was abandoned, so the work stops here, with
 * every step before it whole. Never called inside an append: a command that started writing
 * finishes or fails in its own transaction.
 */
export function stopIfRequestAborted(): void {
  const signal = signals.getStore();
  if (signal?.aborted) throw signal.reason;
}

/**
 * Between two steps of a long read or wait (a page of the log, a page of a catch-up): lets the
 * event loop run first, since a synchronous driver (SQLite) never yields on its own, so a
 * client's close, a SIGTERM or the end of a grace is seen; then stops an abandoned request.
 * A timer, not setImmediate: requests resumed together by setImmediate would all run their
 * next step before any timer, the end of a grace included.
 */
export async function nextRequestStep(): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  stopIfRequestAborted();
}

/** Runs each HTTP handler with its request's signal, for `currentRequestSignal` and `stopIfRequestAborted`. */
@Injectable()
export class RequestSignalInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const signal = signalsByRequest.get(context.switchToHttp().getRequest<Request>());
    // Nest runs the handler in the async context of `handle()`, so the store follows it.
    return signal ? signals.run(signal, () => next.handle()) : next.handle();
  }
}
