import { sign } from 'node:crypto';
import { formatSignatureParams, sha256Digest, signingString } from './http-signature';
import type { SigningKey } from './sign-request';

/** What the response echoes of the request it answers (EWP server authentication). */
export type AnsweredRequest = { requestId?: string; requestSignature?: string };

/**
 * The headers of a signed response (ewp-specs-sec-srvauth-httpsig): `Date`, `Digest`, the
 * request's `X-Request-Id` and, when the client signed, `X-Request-Signature`, all covered
 * by the `Signature` header, so the client knows this body answers that request.
 */
export const signResponse = (body: string, answered: AnsweredRequest, key: SigningKey, now: Date): Record<string, string> => {
  const headers: Record<string, string> = {
    date: now.toUTCString(),
    digest: sha256Digest(body),
    ...(answered.requestId && { 'x-request-id': answered.requestId }),
    ...(answered.requestSignature && { 'x-request-signature': answered.requestSignature }),
  };
  const signed = Object.keys(headers);
  const text = signingString(signed, (name) => headers[name])!;
  const signature = sign('sha256', Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
  return { ...headers, signature: formatSignatureParams({ keyId: key.keyId, algorithm: 'rsa-sha256', headers: signed, signature }) };
};
