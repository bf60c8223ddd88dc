import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Counter, Histogram, Registry } from 'prom-client';
import { Observable } from 'rxjs';
import { InjectMetricsRegistry } from './metrics-registry';

const QUERIES = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How a command ended, from the status the exception filters settled on. */
export function commandOutcome(status: number): 'ok' | 'conflict' | 'rejected' | 'failed' {
  if (status < 400) return 'ok';
  if (status === 409) return 'conflict';
  return status < 500 ? 'rejected' : 'failed';
}

/**
 * ml_commands_total and ml_command_duration_seconds, by method, route pattern and outcome,
 * for every HTTP request that changes state (anything but GET, HEAD, OPTIONS). Counted when
 * the response is sent, so a domain refusal is seen with the status its filter gave it.
 * Requests a guard refused never reach an interceptor: they are not commands handled.
 */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  private readonly handled: Counter;
  private readonly duration: Histogram;

  constructor(@InjectMetricsRegistry() registry: Registry) {
    const labelNames = ['method', 'route', 'outcome'];
    this.handled = new Counter({ name: 'ml_commands_total', help: 'Commands handled over HTTP', labelNames, registers: [registry] });
    this.duration = new Histogram({
      name: 'ml_command_duration_seconds',
      help: 'Time from a command reaching its handler to its response',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (QUERIES.has(request.method)) return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    const stop = this.duration.startTimer();
    response.once('finish', () => {
      const labels = { method: request.method, route: routeOf(request), outcome: commandOutcome(response.statusCode) };
      this.handled.inc(labels);
      stop(labels);
    });
    return next.handle();
  }
}

// The pattern, never the URL itself: ids in label values would make a series per agreement.
const routeOf = (request: Request): string => `${request.baseUrl ?? ''}${(request.route as { path?: string } | undefined)?.path ?? ''}` || 'unknown';
