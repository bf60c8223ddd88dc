import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export const CORRELATION_HEADER = 'x-correlation-id';

// The shape requestContext (@app/http) accepts, so the id logged is the one events carry.
const ACCEPTED = /^[\w.:-]{8,128}$/;

/**
 * The request's correlation id: the client's `x-correlation-id` when well formed, a new UUID
 * otherwise. It is written back on the request, where requestContext reads it for the events'
 * metadata, and on the response, so a client can quote it.
 */
export function correlationIdOf(request: IncomingMessage, response: ServerResponse): string {
  const sent = request.headers[CORRELATION_HEADER];
  const given = Array.isArray(sent) ? sent[0] : sent;
  const id = given && ACCEPTED.test(given) ? given : randomUUID();
  request.headers[CORRELATION_HEADER] = id;
  response.setHeader(CORRELATION_HEADER, id);
  return id;
}
