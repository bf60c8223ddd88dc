import type { Response } from 'express';
import { EwpHostIdentity } from '../ewp-host-identity';
import { headerValue, parseSignatureParams, signResponse } from '../httpsig';
import { HostRequest } from './ewp-caller';

/**
 * Sends an EWP answer signed for server authentication (ewp-specs-sec-srvauth-httpsig), errors
 * included: every response of the host carries `Signature` over its date, digest, and the
 * request id and signature it answers, whether or not the client asked with Accept-Signature.
 */
export const sendSigned = async (identity: EwpHostIdentity, request: HostRequest, response: Response, status: number, xml: string): Promise<void> => {
  const authorization = headerValue(request.headers, 'authorization');
  const requestSignature = request.ewpCaller?.signature ?? (authorization ? parseSignatureParams(authorization)?.signature : undefined);
  const requestId = headerValue(request.headers, 'x-request-id');
  const key = await identity.signingKey();
  const headers = signResponse(xml, { requestId, requestSignature }, key, identity.now());
  response.status(status).set(headers).type('application/xml; charset=utf-8').send(xml);
};
