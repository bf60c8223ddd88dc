import { createHash, createPublicKey, KeyObject } from 'node:crypto';

/**
 * The pieces of draft-cavage-http-signatures-07 as the EWP security specs profile them
 * (ewp-specs-sec-cliauth-httpsig, ewp-specs-sec-srvauth-httpsig): rsa-sha256 over a signing
 * string of named headers, a SHA-256 `Digest` of the body (RFC 3230 / RFC 5843), and keys
 * named by the SHA-256 fingerprint of their DER public key.
 */
export type SignatureParams = { keyId: string; algorithm: string; headers: string[]; signature: string };

/** The headers every signed request must cover; `date` may be `original-date` instead. */
export const REQUIRED_REQUEST_HEADERS = ['(request-target)', 'host', 'digest', 'x-request-id'] as const;

/** EWP: "It is RECOMMENDED to use the 5 minutes threshold"; no lower one is allowed. */
export const DATE_WINDOW_MS = 5 * 60 * 1000;

export const sha256Digest = (body: Buffer | string): string => `SHA-256=${createHash('sha256').update(body).digest('base64')}`;

/** A `Digest` header may list several algorithms; only SHA-256 is required and checked. */
export const digestMatches = (header: string | undefined, body: Buffer | string): boolean => {
  if (!header) return false;
  const expected = sha256Digest(body).slice('SHA-256='.length);
  return header.split(',').some((part) => {
    const [algorithm, ...value] = part.trim().split('=');
    return algorithm.toUpperCase() === 'SHA-256' && value.join('=') === expected;
  });
};

/** The lower-case hex SHA-256 of the DER (SubjectPublicKeyInfo) form: the keyId and the Registry's `sha-256`. */
export const fingerprintOf = (publicKey: KeyObject): string =>
  createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');

/** A public key as the Registry's `<binaries>` and the manifest carry it: base64 DER. */
export const publicKeyFromBase64 = (base64: string): KeyObject =>
  createPublicKey({ key: Buffer.from(base64.replace(/\s+/g, ''), 'base64'), format: 'der', type: 'spki' });

export const publicKeyToBase64 = (publicKey: KeyObject): string => publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

/** `keyId="...",algorithm="...",headers="...",signature="..."`, after the `Signature ` scheme if any. */
export const parseSignatureParams = (value: string): SignatureParams | undefined => {
  const params = new Map<string, string>();
  for (const match of value.matchAll(/([a-zA-Z]+)="([^"]*)"/g)) params.set(match[1], match[2]);
  const keyId = params.get('keyId');
  const signature = params.get('signature');
  if (!keyId || !signature) return undefined;
  return {
    keyId,
    algorithm: params.get('algorithm') ?? 'rsa-sha256',
    // draft-cavage: without `headers`, only `date` is signed.
    headers: (params.get('headers') ?? 'date').toLowerCase().split(/\s+/).filter(Boolean),
    signature,
  };
};

export const formatSignatureParams = ({ keyId, algorithm, headers, signature }: SignatureParams): string =>
  `keyId="${keyId}",algorithm="${algorithm}",headers="${headers.join(' ')}",signature="${signature}"`;

/** The signing string: one `name: value` line per signed header, `(request-target)` as `method path`. */
export const signingString = (headers: readonly string[], valueOf: (name: string) => string | undefined): string | undefined => {
  const lines: string[] = [];
  for (const name of headers) {
    const value = valueOf(name);
    if (value === undefined) return undefined;
    lines.push(`${name}: ${value}`);
  }
  return lines.join('\n');
};

/** A header of Node's lower-cased map, joined as HTTP joins repeated ones. */
export const headerValue = (headers: Record<string, string | string[] | undefined>, name: string): string | undefined => {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** Is the RFC 2616 date within the window of `now`? An unparseable date is not. */
export const dateWithinWindow = (value: string | undefined, now: Date): boolean => {
  if (value === undefined) return false;
  const at = Date.parse(value);
  return Number.isFinite(at) && Math.abs(at - now.getTime()) <= DATE_WINDOW_MS;
};
