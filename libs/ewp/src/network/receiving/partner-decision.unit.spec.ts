import { BadGatewayException, HttpException, ServiceUnavailableException } from '@nestjs/common';
import { DomainError } from '@app/domain';
import { ewpRuleBroken } from '../../ewp.rules';
import { errorResponseXml } from '../../xml/ewp-messages';
import { LaUpdateRequest } from '../../las/update-request';
import { PartnerUnavailable } from '../client/ewp-client';
import { PartnerDecisionSender } from './partner-decision';

const update: LaUpdateRequest = {
  kind: 'approve',
  sendingHeiId: 'insa-lyon.fr',
  omobilityId: 'm-1',
  changesProposalId: 'A'.repeat(64),
  signature: { signerName: 'Paweł Kowalski', timestamp: '2026-12-05T10:00:00Z', signerApp: 'mobility-ledger' },
} as LaUpdateRequest;

/** The sender with a partner that answers `status` (an error-response) or fails with `failure`. */
const senderWith = (answer: { status: number } | { failure: Error }) => {
  const client = { call: async () => ('failure' in answer ? Promise.reject(answer.failure) : { status: answer.status, body: errorResponseXml('refused there') }) };
  const store = { readStream: async () => [] };
  const sender = new PartnerDecisionSender(store as never, client as never, { enabled: true } as never, {} as never, {} as never);
  return { sender, send: () => (sender as unknown as { send(update: LaUpdateRequest): Promise<string> }).send(update) };
};

const statusOf = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(() => undefined, (thrown: Error) => thrown);
  if (error instanceof HttpException) return error.getStatus();
  if (error instanceof DomainError) return `${error.kind} ${error.ruleId ?? ''}`.trim();
  return error;
};

describe("the receiving coordinator's answer sent to the sending institution's host", () => {
  it("passes on the partner's 409 (a stale proposal) and 400, and answers 502 for any other status, 401 and 403 included", async () => {
    expect(await statusOf(senderWith({ status: 409 }).send())).toBe('conflict EWP-LA-PROPOSAL');
    expect(await statusOf(senderWith({ status: 400 }).send())).toBe('invalid');
    for (const status of [401, 403, 404, 500]) expect(await statusOf(senderWith({ status }).send())).toBe(502);
    await expect(senderWith({ status: 403 }).send()).rejects.toBeInstanceOf(BadGatewayException);
    await expect(senderWith({ status: 400 }).send()).rejects.toMatchObject({ kind: 'invalid', said: { fr: expect.stringContaining('refus') } });
  });

  it('answers 503 for a partner not answering, and names EWP-REGISTRY for one the catalogue does not list', async () => {
    await expect(senderWith({ failure: new PartnerUnavailable('down') }).send()).rejects.toBeInstanceOf(ServiceUnavailableException);
    expect(await statusOf(senderWith({ failure: ewpRuleBroken('EWP-REGISTRY', 'no host covers insa-lyon.fr') }).send())).toBe('rule EWP-REGISTRY');
  });

  it('answers 404 for an agreement the ledger does not hold', async () => {
    const { sender } = senderWith({ status: 200 });
    const request = { actor: { id: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl' } } as never;
    expect(await statusOf(sender.decide('m-unknown', { kind: 'approve' }, undefined, undefined, request))).toBe('not_found');
  });
});
