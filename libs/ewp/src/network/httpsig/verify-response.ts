import { KeyObject, verify } from 'node:crypto';
import { dateWithinWindow, digestMatches, headerValue, parseSignatureParams, signingString } from './http-signature';

export type ReceivedResponse = { headers: Record<string, string | string[] | undefined>; body: string };
export type SentRequest = { requestId: string; signature: string };

/**
 * A client's check of a partner's signed response: signed with a server key the Registry
 * catalogue binds to the host that covers the partner, over the date (within five minutes),
 * the digest, and our own request id and signature; the body matches the digest. Returns the
 * reason of the first failure, or undefined when the response is authentic.
 */
export const responseProblem = (
  response: ReceivedResponse,
  sent: SentRequest,
  serverKey: (keyId: string) => KeyObject | undefined,
  now: Date,
): string | undefined => {
  const header = headerValue(response.headers, 'signature');
  const params = header ? parseSignatureParams(header) : undefined;
  if (!params) return 'EWP-HTTPSIG: the response is not signed';
  for (const name of ['digest', 'x-request-id', 'x-request-signature']) {
    if (!params.headers.includes(name)) return `EWP-HTTPSIG: the response signature does not cover ${name}`;
  }
  if (!params.headers.includes('date') && !params.headers.includes('original-date')) return 'EWP-HTTPSIG: the response signature covers no date';
  const key = serverKey(params.keyId);
  if (!key) return `EWP-HTTPSIG: key ${params.keyId} is not a server key of the partner's host in the Registry catalogue`;
  const text = signingString(params.headers, (name) => headerValue(response.headers, name));
  if (text === undefined || !verify('sha256', Buffer.from(text, 'utf8'), key, Buffer.from(params.signature, 'base64'))) {
    return 'EWP-HTTPSIG: the response signature does not verify';
  }
  const date = params.headers.includes('date') ? 'date' : 'original-date';
  if (!dateWithinWindow(headerValue(response.headers, date), now)) return 'EWP-HTTPSIG: the response date is not within five minutes';
  if (headerValue(response.headers, 'x-request-id') !== sent.requestId) return 'EWP-HTTPSIG: the response answers another request id';
  if (headerValue(response.headers, 'x-request-signature') !== sent.signature) return 'EWP-HTTPSIG: the response answers another request signature';
  if (!digestMatches(headerValue(response.headers, 'digest'), response.body)) return 'EWP-HTTPSIG: the response body does not match its Digest';
  return undefined;
};
