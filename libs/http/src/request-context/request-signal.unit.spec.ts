import { lastValueFrom, of } from 'rxjs';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { shutdownGraceFrom } from '../shutdown/close-gracefully';
import { RequestAbortedError, RequestSignalInterceptor, attachRequestSignal, currentRequestSignal, nextRequestStep, stopIfRequestAborted } from './request-signal';

/** A handler that reads its request's signal when Nest runs it, and steps once. */
async function handle(request: Request): Promise<{ signal?: AbortSignal; step: Promise<void> }> {
  const context = { getType: () => 'http', switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
  const next: CallHandler = { handle: () => of({ signal: currentRequestSignal(), step: nextRequestStep() }) };
  return lastValueFrom(new RequestSignalInterceptor().intercept(context, next)) as Promise<{ signal?: AbortSignal; step: Promise<void> }>;
}

describe('the request signal', () => {
  it('is absent outside a request: subscriptions, rebuilds and scripts step on without stopping', async () => {
    expect(currentRequestSignal()).toBeUndefined();
    expect(() => stopIfRequestAborted()).not.toThrow();
    await expect(nextRequestStep()).resolves.toBeUndefined();
  });

  it("is the request's own, for the whole of its handler", async () => {
    const request = {} as Request;
    const controller = new AbortController();
    attachRequestSignal(request, controller.signal);
    const { signal, step } = await handle(request);
    expect(signal).toBe(controller.signal);
    await expect(step).resolves.toBeUndefined();
  });

  it('stops the next step of an abandoned request with a 503 that says why', async () => {
    const request = {} as Request;
    const controller = new AbortController();
    attachRequestSignal(request, controller.signal);
    controller.abort(new RequestAbortedError('shutdown'));
    const { step } = await handle(request);
    await expect(step).rejects.toThrow(RequestAbortedError);
    await expect(step).rejects.toMatchObject({ reason: 'shutdown', status: 503, message: 'the ledger is shutting down: send the request again' });
  });
});

describe('SHUTDOWN_GRACE_MS', () => {
  const grace = (value?: string) => shutdownGraceFrom({ get: () => value });

  it('is 2 s unless set, and 0 aborts requests in flight at once', () => {
    expect(grace()).toBe(2000);
    expect(grace('')).toBe(2000);
    expect(grace('0')).toBe(0);
    expect(grace('5000')).toBe(5000);
  });

  it('is refused when it is not a whole number of milliseconds', () => {
    expect(() => grace('2s')).toThrow('SHUTDOWN_GRACE_MS must be a whole number of milliseconds, got 2s');
    expect(() => grace('-1')).toThrow('SHUTDOWN_GRACE_MS must be a whole number of milliseconds');
  });
});
