import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { CORRELATION_HEADER, clientCorrelationId } from '@app/http';

/**
 * The request's correlation id: the client's `x-correlation-id` when well formed (the check
 * requestContext makes, so the id logged is the one events carry), a new UUID otherwise. It
 * is written back on the request, where requestContext reads it for the events' metadata,
 * and on the response, so a client can quote it.
 */
export function correlationIdOf(request: IncomingMessage, response: ServerResponse): string {
  const id = clientCorrelationId(request.headers) ?? randomUUID();
  request.headers[CORRELATION_HEADER] = id;
  response.setHeader(CORRELATION_HEADER, id);
  return id;
}
