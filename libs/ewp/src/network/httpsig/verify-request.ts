import { KeyObject, verify } from 'node:crypto';
import {
  REQUIRED_REQUEST_HEADERS,
  SignatureParams,
  dateWithinWindow,
  digestMatches,
  headerValue,
  parseSignatureParams,
  signingString,
} from './http-signature';

export type IncomingRequest = {
  method: string;
  /** The path and query as the client sent them (Express's `originalUrl`). */
  target: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | string;
};

/** What the Registry catalogue says of a client key: its public key and the HEIs its host covers. */
export type ClientKey = { publicKey: KeyObject; heiIds: string[] };

export type VerifiedRequest = { kind: 'verified'; keyId: string; heiIds: string[]; requestId: string; signature: string };
/** EWP's statuses: 401 when the method is not used at all, 403 for a key the Registry does not know, 400 otherwise. */
export type RefusedRequest = { kind: 'refused'; status: 400 | 401 | 403; reason: string };

export type VerifyOptions = {
  now: Date;
  /** The host name(s) this server answers on (EWP: the `Host` header MUST match its own domain). */
  hosts: readonly string[];
  clientKey: (keyId: string) => ClientKey | undefined;
  /** Records the request id, false when it was seen within the date window (a replay). */
  remember: (requestId: string, now: Date) => boolean;
};

const refused = (status: RefusedRequest['status'], reason: string): RefusedRequest => ({ kind: 'refused', status, reason });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Client authentication of one request, in the order of ewp-specs-sec-cliauth-httpsig:
 * the method is used, the host is ours, the key is in the Registry catalogue, the dates are
 * within five minutes, the request id is fresh, the signature verifies, the body matches its
 * digest. The refusal names the first check that failed.
 */
export const verifyRequest = (request: IncomingRequest, options: VerifyOptions): VerifiedRequest | RefusedRequest => {
  const authorization = headerValue(request.headers, 'authorization');
  if (!authorization || !/^Signature\s/i.test(authorization)) return refused(401, 'EWP-HTTPSIG: the request carries no HTTP Signature (Authorization: Signature ...)');
  const params = parseSignatureParams(authorization.slice('Signature'.length));
  if (!params) return refused(400, 'EWP-HTTPSIG: the Authorization header lacks keyId or signature');
  const missing = missingHeaders(params);
  if (missing) return refused(400, `EWP-HTTPSIG: the signature must cover ${missing}`);
  if (params.algorithm.toLowerCase() !== 'rsa-sha256') return refused(400, `EWP-HTTPSIG: algorithm ${params.algorithm} is not supported, use rsa-sha256`);
  const host = headerValue(request.headers, 'host');
  if (!host || !options.hosts.includes(host.toLowerCase())) return refused(400, `EWP-HTTPSIG: Host ${host ?? '(none)'} is not this server's`);
  const client = options.clientKey(params.keyId);
  if (!client) return refused(403, `EWP-HTTPSIG: key ${params.keyId} is not a client key of any host in the Registry catalogue`);
  for (const name of ['date', 'original-date'] as const) {
    const value = headerValue(request.headers, name);
    if ((params.headers.includes(name) || value !== undefined) && !dateWithinWindow(value, options.now)) {
      return refused(400, `EWP-HTTPSIG: the ${name} header (${value ?? 'absent'}) is not within five minutes of this server's clock`);
    }
  }
  const requestId = headerValue(request.headers, 'x-request-id') ?? '';
  if (!UUID.test(requestId.toLowerCase())) return refused(400, 'EWP-HTTPSIG: X-Request-Id must be a UUID');
  const target = `${request.method.toLowerCase()} ${request.target}`;
  const text = signingString(params.headers, (name) => (name === '(request-target)' ? target : headerValue(request.headers, name)));
  if (text === undefined) return refused(400, 'EWP-HTTPSIG: a header the signature names is absent');
  if (!verify('sha256', Buffer.from(text, 'utf8'), client.publicKey, Buffer.from(params.signature, 'base64'))) {
    return refused(400, 'EWP-HTTPSIG: the signature does not verify');
  }
  if (!digestMatches(headerValue(request.headers, 'digest'), request.body)) return refused(400, 'EWP-HTTPSIG: the body does not match its Digest');
  // Last: only a request that is otherwise valid spends its id, so a forged one cannot block the real one.
  if (!options.remember(requestId.toLowerCase(), options.now)) return refused(400, `EWP-HTTPSIG: X-Request-Id ${requestId} was already used (a replay)`);
  return { kind: 'verified', keyId: params.keyId, heiIds: client.heiIds, requestId, signature: params.signature };
};

const missingHeaders = (params: SignatureParams): string | undefined => {
  const absent: string[] = REQUIRED_REQUEST_HEADERS.filter((name) => !params.headers.includes(name));
  if (!params.headers.includes('date') && !params.headers.includes('original-date')) absent.push('date or original-date');
  return absent.length > 0 ? absent.join(', ') : undefined;
};
