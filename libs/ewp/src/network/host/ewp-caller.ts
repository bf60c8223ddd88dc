import type { Request } from 'express';

/** A partner's host, as its HTTP signature and the Registry catalogue identify it (set by EwpHostGuard). */
export type EwpCaller = { keyId: string; heiIds: string[]; requestId: string; signature: string };

/** A host route's request: the caller once authenticated, and the exact bytes its Digest covers. */
export type HostRequest = Request & { ewpCaller?: EwpCaller; rawBody?: Buffer };
