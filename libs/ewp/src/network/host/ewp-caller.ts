import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** A partner's host, as its HTTP signature and the Registry catalogue identify it. */
export type EwpCaller = { keyId: string; heiIds: string[]; requestId: string; signature: string };

export type HostRequest = Request & { ewpCaller?: EwpCaller; rawBody?: Buffer };

export const CurrentEwpCaller = createParamDecorator((_: unknown, context: ExecutionContext): EwpCaller => {
  const caller = context.switchToHttp().getRequest<HostRequest>().ewpCaller;
  // The guard sets it on every host route; without it the route was mounted without the guard.
  if (!caller) throw new Error('EWP host route without EwpHostGuard');
  return caller;
});
