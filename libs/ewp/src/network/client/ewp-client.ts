import { Injectable } from '@nestjs/common';
import { ewpRefusal } from '../../ewp-refusal-words';
import { ewpRuleBroken } from '../../ewp.rules';
import { EwpHostIdentity } from '../ewp-host-identity';
import { parseSignatureParams, responseProblem, signRequest } from '../httpsig';
import { apiUrl } from '../registry/registry-catalogue';

export type EwpCall = { api: string; endpoint: string; method: 'GET' | 'POST'; params?: URLSearchParams; xml?: string };
export type EwpAnswer = { status: number; body: string };

/** The partner did not answer, or answered what cannot be trusted: worth trying again later. */
export class PartnerUnavailable extends Error {}

/** The partner answered, signed, with another status than 200. The body is the partner's and is not kept here. */
export class PartnerRefused extends Error {
  constructor(readonly status: number) {
    super(`the partner answered ${status}`);
  }
}

/**
 * Calls a partner's host as EWP requires: found through the Registry catalogue by the HEI it
 * covers, every request signed with this host's key, every answer checked to be signed by a
 * server key the catalogue binds to that host, for this very request.
 */
@Injectable()
export class EwpClient {
  constructor(private readonly identity: EwpHostIdentity) {}

  async call(heiId: string, call: EwpCall): Promise<EwpAnswer> {
    const { host, serverKey } = await this.identity.partnerHost(heiId, call.api);
    const base = apiUrl(host, call.api, call.endpoint);
    if (!base) throw ewpRuleBroken('EWP-REGISTRY', ewpRefusal('noRegistryEndpoint', call.api, heiId, call.endpoint));
    const url = call.method === 'GET' && call.params ? `${base}?${call.params}` : base;
    const body = call.xml ?? (call.method === 'POST' ? (call.params?.toString() ?? '') : undefined);
    const contentType = call.xml !== undefined ? 'application/xml' : call.method === 'POST' ? 'application/x-www-form-urlencoded' : undefined;
    const headers = signRequest({ method: call.method, url, body, contentType }, await this.identity.signingKey(), this.identity.now());
    let response: Response;
    try {
      response = await fetch(url, { method: call.method, headers, body, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new PartnerUnavailable(`${heiId}'s host at ${url} does not answer: ${(error as Error).message}`);
    }
    const text = await response.text();
    const sent = { requestId: headers['x-request-id'], signature: parseSignatureParams(headers.authorization)!.signature };
    const problem = responseProblem({ headers: Object.fromEntries(response.headers), body: text }, sent, serverKey, this.identity.now());
    if (problem) throw new PartnerUnavailable(`${heiId}'s host answered ${response.status} without a valid signature: ${problem}`);
    return { status: response.status, body: text };
  }
}
