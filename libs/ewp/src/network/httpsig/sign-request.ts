import { KeyObject, randomUUID, sign } from 'node:crypto';
import { formatSignatureParams, sha256Digest, signingString } from './http-signature';

export type SigningKey = { keyId: string; privateKey: KeyObject };

export type OutgoingRequest = { method: string; url: string; body?: string; contentType?: string };

/**
 * The headers of a request signed as EWP client authentication requires: `Date`, `Digest`
 * (SHA-256, of the empty body too), a fresh `X-Request-Id`, and an `Authorization: Signature`
 * over (request-target), host, date, digest and x-request-id. `Accept-Signature` asks the
 * server to sign its response (server authentication).
 */
export const signRequest = (request: OutgoingRequest, key: SigningKey, now: Date, requestId: string = randomUUID()): Record<string, string> => {
  const url = new URL(request.url);
  const headers: Record<string, string> = {
    host: url.host,
    date: now.toUTCString(),
    digest: sha256Digest(request.body ?? ''),
    'x-request-id': requestId,
    'accept-signature': 'rsa-sha256',
    'want-digest': 'SHA-256',
    ...(request.contentType && { 'content-type': request.contentType }),
  };
  const signed = ['(request-target)', 'host', 'date', 'digest', 'x-request-id'];
  const target = `${request.method.toLowerCase()} ${url.pathname}${url.search}`;
  const text = signingString(signed, (name) => (name === '(request-target)' ? target : headers[name]))!;
  const signature = sign('sha256', Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
  headers.authorization = `Signature ${formatSignatureParams({ keyId: key.keyId, algorithm: 'rsa-sha256', headers: signed, signature })}`;
  return headers;
};
