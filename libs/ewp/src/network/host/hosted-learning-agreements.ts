import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { forbidden, notFound } from '@app/domain';
import type { Actor } from '@app/domain';
import { DecideAgreement, loadAgreement } from '@app/agreements';
import { EventStore, InjectEventStore } from '@app/event-store';
import { AgreementSummaries } from '@app/kernel';
import { publishedLearningAgreement } from '../../las/export-la';
import { writeLaResponse } from '../../las/la-xml';
import { EwpLearningAgreement } from '../../las/la-document';
import { signerFieldsOf } from '../../las/signer-mapping';
import { updateCommand } from '../../las/update-command';
import { readUpdateRequest } from '../../las/update-request';
import { EwpSchemaValidator } from '../../validation/ewp-schema-validator';
import { updateResponseXml } from '../../xml/ewp-messages';
import { assertNoDoctype } from '../../xml/xml-codec';
import { EwpHostIdentity } from '../ewp-host-identity';
import { EwpCaller } from './ewp-caller';
import { lasIndexResponseXml } from './host-xml';

/** A partner's host reads as the receiving institution it covers: the access matrix's row, agreement by agreement. */
const readerFor = (caller: EwpCaller, heiId: string): Actor => ({ id: `ewp-key:${caller.keyId}`, role: 'receiving', institution: heiId });

/**
 * The agreements this host serves to partners: those sent by a HEI it serves, to a HEI the
 * caller's key covers, once published (EWP-LA-PUBLISH). Anything else is not there for the
 * caller, as EWP's `get` leaves out ids it will not show.
 */
@Injectable()
export class HostedLearningAgreements {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly summaries: AgreementSummaries,
    private readonly commands: CommandBus,
    private readonly validator: EwpSchemaValidator,
    private readonly identity: EwpHostIdentity,
  ) {}

  async index(caller: EwpCaller, sendingHeiId: string, receivingHeiIds: string[]): Promise<string> {
    const receiving = caller.heiIds.filter((heiId) => receivingHeiIds.length === 0 || receivingHeiIds.includes(heiId));
    const ids: string[] = [];
    if (this.identity.serves(sendingHeiId)) {
      for (const heiId of receiving) {
        const entries = await this.summaries.list(readerFor(caller, heiId), { institution: heiId });
        const candidates = entries.filter((entry) => entry.sendingInstitution === sendingHeiId && entry.receivingInstitution === heiId);
        // The rule of `get`, agreement by agreement: an id listed here is one `get` serves.
        for (const { mobilityId } of candidates) if (await this.visible(caller, sendingHeiId, mobilityId)) ids.push(mobilityId);
      }
    }
    return this.checked('omobility-las-index-response', lasIndexResponseXml(ids));
  }

  async get(caller: EwpCaller, sendingHeiId: string, omobilityIds: string[]): Promise<string> {
    const las: EwpLearningAgreement[] = [];
    for (const id of omobilityIds) {
      const la = await this.visible(caller, sendingHeiId, id);
      if (la) las.push(la);
    }
    return this.checked('omobility-las-get-response', writeLaResponse(las));
  }

  /**
   * An approval or a comment from the receiving HEI's host. Its word counts as that
   * institution's signature only because the key it signed with is bound, in the Registry
   * catalogue, to the host covering that HEI; the signer is the coordinator the update's
   * signature block names, and the actor id keeps the key it came with (`ewp-key:<keyId>`).
   */
  async update(caller: EwpCaller, xml: string): Promise<string> {
    // Before the validator or the parser sees it: neither should be asked to resolve entities.
    assertNoDoctype(xml);
    await this.validator.assertValid('omobility-las-update-request', xml);
    const request = readUpdateRequest(xml);
    if (!this.identity.serves(request.sendingHeiId)) throw notFound(`this host does not serve ${request.sendingHeiId}`);
    const { state } = await loadAgreement(this.store, request.omobilityId);
    const receivingHeiId = state.current?.content.receivingInstitution.heiId;
    if (!receivingHeiId || !caller.heiIds.includes(receivingHeiId)) {
      throw forbidden(`the key ${caller.keyId} is not bound to the receiving institution of ${request.omobilityId} in the Registry catalogue`, 'LA-PARTY');
    }
    const actor: Actor = { ...readerFor(caller, receivingHeiId), ...signerFieldsOf(request.signature) };
    const command = updateCommand(request, state, actor, this.identity.now().toISOString());
    const context = { actor, correlationId: caller.requestId, causationId: caller.requestId };
    await this.commands.execute(new DecideAgreement(request.omobilityId, command, context));
    const message = request.kind === 'approve' ? 'The approval of the learning agreement was recorded.' : 'The comment on the learning agreement was recorded.';
    return this.checked('omobility-las-update-response', updateResponseXml(message));
  }

  private async visible(caller: EwpCaller, sendingHeiId: string, id: string): Promise<EwpLearningAgreement | undefined> {
    if (!this.identity.serves(sendingHeiId)) return undefined;
    // An unknown id is an empty stream; a store that fails is a 500, never an agreement left out (partners read that as deleted).
    const { state } = await loadAgreement(this.store, id);
    const content = state.current?.content;
    if (!content || content.sendingInstitution.heiId !== sendingHeiId || !caller.heiIds.includes(content.receivingInstitution.heiId)) return undefined;
    return publishedLearningAgreement(state);
  }

  /** A document a partner would refuse is never sent: it is a bug here, not the caller's. */
  private async checked(kind: Parameters<EwpSchemaValidator['problems']>[0], xml: string): Promise<string> {
    const problems = await this.validator.problems(kind, xml);
    if (problems.length > 0) throw new Error(`EWP-SCHEMA: the ${kind} this host would serve does not validate: ${problems.join('; ')}`);
    return xml;
  }
}
