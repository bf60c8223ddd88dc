import type { NextFunction, Request, Response } from 'express';
import { raw } from 'express';
import { HostRequest } from './ewp-caller';

const readRaw = raw({ type: () => true, limit: '1mb' });

/**
 * The digest of a signed request covers the body's exact bytes, so host routes keep them as
 * `rawBody`: forms, parsed by the app, keep theirs (libs/http hardening), anything else (an XML
 * update) is read here as bytes.
 */
export const hostRawBody = (request: Request, response: Response, next: NextFunction): void => {
  const host = request as HostRequest;
  if (host.rawBody !== undefined) return next();
  readRaw(request, response, (error?: unknown) => {
    if (error) return next(error);
    if (Buffer.isBuffer(request.body)) host.rawBody = request.body;
    next();
  });
};
