import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { RequestReads, withRequestReads } from '@app/event-store';

const readsByRequest = new WeakMap<object, RequestReads>();

/** The streams this HTTP request has read so far, shared by its access check and its handler. */
export function requestReadsOf(request: object): RequestReads {
  let reads = readsByRequest.get(request);
  if (!reads) readsByRequest.set(request, (reads = new Map()));
  return reads;
}

/**
 * Runs each HTTP handler with the reads its access check made (AccessGuard), so that a
 * command decides on the agreement the guard loaded instead of reading it again.
 */
@Injectable()
export class RequestReadsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const reads = requestReadsOf(context.switchToHttp().getRequest<object>());
    // Nest runs the handler in the async context of `handle()`, so the store follows it.
    return withRequestReads(reads, () => next.handle());
  }
}
