import type { NextFunction, Request, Response } from 'express';

/** Paths the pages never answer: the API, the probes and the metrics keep their own 404s. */
export const SERVER_PATHS = ['/api', '/metrics', '/health'];

const isServerPath = (path: string): boolean => SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * A page's address (/agreements/42) is the router's, not a file: a browser asking for one
 * gets index.html. Only GETs that accept HTML, so a script or an API client still gets 404.
 */
export function spaFallback(indexHtml: string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (isServerPath(request.path) || !request.accepts('html')) return next();
    response.sendFile(indexHtml);
  };
}
