import { BadGatewayException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { conflict, invalid, notFound, refusal, requireParty } from '@app/domain';
import type { Actor } from '@app/domain';
import { loadAgreement } from '@app/agreements';
import { EventStore, InjectEventStore } from '@app/event-store';
import { RequestContext } from '@app/http';
import { LaUpdateRequest } from '../../las/update-request';
import { writeUpdateRequest } from '../../las/update-request-xml';
import { child, parseXml, text } from '../../xml/xml-codec';
import { EwpClient, PartnerUnavailable } from '../client/ewp-client';
import { EwpDelivery } from '../client/ewp-delivery';
import { EwpHostIdentity } from '../ewp-host-identity';
import { PartnerCopyImport } from './partner-copy-import';
import { partnerRefusal } from './partner-refusal-words';

export type PartnerDecision = { kind: 'approve' } | { kind: 'comment'; comment: string };

/**
 * The receiving coordinator's approval or comment on an agreement a partner's host sent. The
 * sending institution's host holds the agreement (EWP: the sending HEI is its master), so the
 * decision is an EWP `update` with the proposal id and the coordinator in the signature block,
 * signed by this host, recorded there as the receiving institution's act. The copy here holds
 * the other parties' signatures only as reports (LA-REPORT), so it cannot record a receiving
 * signature after them: it sends the proposal id of the copy as last fetched (or the one the
 * coordinator names), and then owes a fresh `get` of the agreement. A refusal there (a stale
 * proposal: 409; a malformed request: 400), any other status there (502), a partner not answering
 * (503) or one the Registry catalogue does not list (EWP-REGISTRY) is the coordinator's answer,
 * and nothing is owed. A ledger that is no EWP host has none of this (404).
 */
@Injectable()
export class PartnerDecisionSender {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly client: EwpClient,
    private readonly identity: EwpHostIdentity,
    private readonly delivery: EwpDelivery,
    private readonly partnerCopies: PartnerCopyImport,
  ) {}

  async decide(mobilityId: string, decision: PartnerDecision, changesProposalId: string | undefined, position: string | undefined, request: RequestContext): Promise<{ sent: LaUpdateRequest['kind']; message: string }> {
    const { state } = await loadAgreement(this.store, mobilityId);
    const content = state.current?.content;
    if (!content) throw notFound(refusal('noAgreement', mobilityId));
    requireParty(request.actor, content, ['receiving'], 'answerOverEwp');
    // After the access check, so that a ledger that is no host hides and refuses as any other.
    if (!this.identity.enabled) throw notFound(partnerRefusal('noEwpHost'), 'EWP-HOST');
    const sendingHeiId = content.sendingInstitution.heiId;
    if (this.identity.serves(sendingHeiId)) throw invalid(partnerRefusal('servedHere', sendingHeiId), 'EWP-HOST');
    const now = this.identity.now().toISOString();
    const update = {
      sendingHeiId,
      omobilityId: mobilityId,
      changesProposalId: changesProposalId ?? this.partnerCopies.proposals.of(mobilityId) ?? '',
      signature: signatureOf(request.actor, position, now),
      ...decision,
    } as LaUpdateRequest;
    if (!update.changesProposalId) throw conflict(partnerRefusal('noOpenProposal', mobilityId), 'EWP-LA-PROPOSAL');
    const message = await this.send(update);
    this.delivery.owe([{ partnerHeiId: sendingHeiId, sendingHeiId, omobilityId: mobilityId }]);
    return { sent: update.kind, message };
  }

  private async send(update: LaUpdateRequest): Promise<string> {
    let answer;
    try {
      answer = await this.client.call(update.sendingHeiId, { api: 'omobility-las', endpoint: 'update-url', method: 'POST', xml: writeUpdateRequest(update) });
    } catch (error) {
      if (error instanceof PartnerUnavailable) throw new ServiceUnavailableException(`EWP: ${error.message}; nothing was recorded, try again later`);
      throw error;
    }
    const message = partnerMessage(answer.body);
    if (answer.status === 200) return message;
    if (answer.status === 409) throw conflict(partnerRefusal('sendingRefused', message), 'EWP-LA-PROPOSAL');
    if (answer.status === 400) throw invalid(partnerRefusal('sendingRefusedRequest', message));
    // Any other status (401 or 403 for this host's signature, a 5xx) is between the hosts, not the coordinator's doing.
    throw new BadGatewayException(`the sending institution's host answered ${answer.status}: ${message}`);
  }
}

const signatureOf = (actor: Actor, position: string | undefined, timestamp: string) => ({
  ...(actor.name !== undefined && { signerName: actor.name }),
  ...(position !== undefined && { signerPosition: position }),
  ...(actor.email !== undefined && { signerEmail: actor.email }),
  timestamp,
  signerApp: 'mobility-ledger',
});

const partnerMessage = (xml: string): string => {
  try {
    const root = parseXml(xml);
    const error = child(root, 'error-response');
    if (error) return text(error, 'developer-message') ?? xml.slice(0, 300);
    return text(child(root, 'omobility-las-update-response'), 'success-user-message') ?? '';
  } catch {
    return xml.slice(0, 300);
  }
};
