import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { fingerprintOf, parseSignatureParams } from './http-signature';
import { RequestIdMemory } from './request-id-memory';
import { signRequest } from './sign-request';
import { signResponse } from './sign-response';
import { verifyRequest, VerifyOptions } from './verify-request';
import { responseProblem } from './verify-response';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKey, keyId: fingerprintOf(publicKey) };
};
const partner = pair();
const stranger = pair();
const now = new Date('2026-12-05T10:00:00Z');
const url = 'http://ewp.insa-lyon.fr:3000/api/ewp/host/las/cnr';
const body = 'sending_hei_id=insa-lyon.fr&omobility_id=m-1';

const options = (memory = new RequestIdMemory()): VerifyOptions => ({
  now,
  hosts: ['ewp.insa-lyon.fr:3000'],
  clientKey: (keyId) => (keyId === partner.keyId ? { publicKey: partner.publicKey, heiIds: ['ec-lyon.fr'] } : undefined),
  remember: (id, at) => memory.remember(id, at),
});
const incoming = (headers: Record<string, string>, sent = body) => ({ method: 'POST', target: '/api/ewp/host/las/cnr', headers, body: sent });
const signed = (key = partner, at = now, requestId?: string) => signRequest({ method: 'POST', url, body }, key, at, requestId);

describe('HTTP Signatures as EWP profiles them (ewp-specs-sec-cliauth-httpsig, -srvauth-httpsig)', () => {
  it('names the key by the SHA-256 fingerprint of its DER public key, as the Registry does', () => {
    expect(partner.keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(createPublicKey(partner.privateKey))).toBe(partner.keyId);
  });

  it('accepts a signed request and says which HEIs the catalogue binds its key to', () => {
    const result = verifyRequest(incoming(signed()), options());
    expect(result).toMatchObject({ kind: 'verified', keyId: partner.keyId, heiIds: ['ec-lyon.fr'] });
  });

  it('refuses an unsigned request with 401 (EWP-HTTPSIG)', () => {
    expect(verifyRequest(incoming({ host: 'ewp.insa-lyon.fr:3000' }), options())).toMatchObject({ kind: 'refused', status: 401, reason: expect.stringMatching(/EWP-HTTPSIG/) });
  });

  it('refuses a key that is not in the Registry catalogue with 403', () => {
    expect(verifyRequest(incoming(signed(stranger)), options())).toMatchObject({ kind: 'refused', status: 403 });
  });

  it('refuses a tampered body: the digest no longer matches', () => {
    expect(verifyRequest(incoming(signed(), `${body}&omobility_id=m-2`), options())).toMatchObject({ kind: 'refused', status: 400, reason: expect.stringMatching(/Digest/) });
  });

  it('refuses a header changed after signing: the signature no longer verifies', () => {
    const headers = { ...signed(), digest: 'SHA-256=AAAA' };
    expect(verifyRequest(incoming(headers), options())).toMatchObject({ kind: 'refused', status: 400, reason: expect.stringMatching(/does not verify/) });
  });

  it('refuses a date more than five minutes off the server clock', () => {
    const old = signed(partner, new Date(now.getTime() - 6 * 60 * 1000));
    expect(verifyRequest(incoming(old), options())).toMatchObject({ kind: 'refused', status: 400, reason: expect.stringMatching(/five minutes/) });
  });

  it('refuses a replayed request id within the window, and only a valid request spends the id', () => {
    const memory = new RequestIdMemory();
    const first = signed(partner, now, '0b6f3a36-2c7c-4c35-9a63-7f1f0f0e8a11');
    expect(verifyRequest(incoming({ ...first, digest: 'SHA-256=AAAA' }), options(memory))).toMatchObject({ kind: 'refused' });
    expect(verifyRequest(incoming(first), options(memory))).toMatchObject({ kind: 'verified' });
    expect(verifyRequest(incoming(first), options(memory))).toMatchObject({ kind: 'refused', status: 400, reason: expect.stringMatching(/replay/) });
  });

  it('refuses a signature that leaves out a required header', () => {
    const headers = signed();
    headers.authorization = headers.authorization.replace('headers="(request-target) host date digest x-request-id"', 'headers="(request-target) host date digest"');
    expect(verifyRequest(incoming(headers), options())).toMatchObject({ kind: 'refused', status: 400, reason: expect.stringMatching(/x-request-id/) });
  });

  it('refuses a request sent to another host', () => {
    expect(verifyRequest(incoming({ ...signed(), host: 'elsewhere.example' }), options())).toMatchObject({ kind: 'refused', status: 400 });
  });

  describe('responses', () => {
    const request = signed();
    const sent = { requestId: request['x-request-id'], signature: parseSignatureParams(request.authorization)!.signature };
    const answer = '<response/>';
    const headers = signResponse(answer, { requestId: sent.requestId, requestSignature: sent.signature }, partner, now);
    const serverKey = (keyId: string) => (keyId === partner.keyId ? partner.publicKey : undefined);

    it('accepts a response signed by a server key of the partner over our request id and signature', () => {
      expect(responseProblem({ headers, body: answer }, sent, serverKey, now)).toBeUndefined();
    });

    it('refuses an unsigned, foreign-key, tampered or mismatched response', () => {
      const { signature: _none, ...unsigned } = headers;
      expect(responseProblem({ headers: unsigned, body: answer }, sent, serverKey, now)).toMatch(/not signed/);
      expect(responseProblem({ headers, body: answer }, sent, () => undefined, now)).toMatch(/Registry catalogue/);
      expect(responseProblem({ headers, body: '<response>forged</response>' }, sent, serverKey, now)).toMatch(/Digest/);
      expect(responseProblem({ headers, body: answer }, { ...sent, requestId: 'another' }, serverKey, now)).toMatch(/another request id/);
      expect(responseProblem({ headers, body: answer }, sent, serverKey, new Date(now.getTime() + 10 * 60 * 1000))).toMatch(/five minutes/);
    });
  });
});
