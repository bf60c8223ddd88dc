import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { agreementDecider, forbidden } from '@app/domain';
import type { Actor, AgreementCommand, AgreementState } from '@app/domain';
import { DecideAgreement, loadAgreement, withCoverageOn } from '@app/agreements';
import { CommandResult, EventStore, InjectEventStore } from '@app/event-store';
import { Clock, InjectClock } from '@app/kernel';
import { ewpRefusal } from '../../ewp-refusal-words';
import { bringUpToDate } from '../../las/bring-up-to-date';
import { readLaResponse } from '../../las/la-xml';
import { assertNoDoctype } from '../../xml/xml-codec';
import { EwpSchemaValidator } from '../../validation/ewp-schema-validator';
import { EwpHostIdentity } from '../ewp-host-identity';
import { PartnerProposals } from './partner-proposals';

/** The receiving school's own say (signature or rejection) is a person's act, never the host's. */
const OWN_ACTS = new Set<AgreementCommand['type']>(['SignAgreement', 'SignAmendment', 'RejectAgreement', 'RejectAmendment']);

class OwnActReached extends Error {}

/**
 * Records the agreement a sending HEI's host served (`get`), on behalf of the receiving HEI this
 * ledger serves, through the same steps as a document imported by hand: the draft and the
 * proposals as the sending institution's, every signature it lists as that partner's report
 * (LA-REPORT). It stops before any act of the receiving institution itself: its coordinator
 * approves or comments in the ledger, which then sends the update.
 */
@Injectable()
export class PartnerCopyImport {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly validator: EwpSchemaValidator,
    private readonly identity: EwpHostIdentity,
    @InjectClock() private readonly clock: Clock,
  ) {}

  private kept?: PartnerProposals;

  /** The proposal ids of the copies as last fetched; see PartnerProposals. */
  get proposals(): PartnerProposals {
    this.kept ??= new PartnerProposals(this.identity.settings.dataDir);
    return this.kept;
  }

  async record(xml: string, sendingHeiId: string): Promise<void> {
    // A partner's answer is no more trusted than an upload: no entities (EWP-XML-DOCTYPE).
    assertNoDoctype(xml);
    await this.validator.assertValid('omobility-las-get-response', xml);
    const las = readLaResponse(xml);
    for (const la of las) {
      if (la.sendingHei.heiId !== sendingHeiId || !this.identity.serves(la.receivingHei.heiId)) {
        throw forbidden(ewpRefusal('notSentToUs', la.omobilityId, sendingHeiId), 'LA-PARTY');
      }
    }
    for (const la of las) {
      const host: Actor = { id: `ewp-host:${la.receivingHei.heiId}`, role: 'receiving', institution: la.receivingHei.heiId, name: 'EWP host' };
      const importer = { actor: host, now: this.clock.now().toISOString() };
      const until = (step: (command: AgreementCommand, state: AgreementState) => Promise<AgreementState>) => async (command: AgreementCommand, state: AgreementState) => {
        if (OWN_ACTS.has(command.type)) throw new OwnActReached();
        return step(command, state);
      };
      const run = async (step: (command: AgreementCommand, state: AgreementState) => Promise<AgreementState>) => {
        try {
          await bringUpToDate(la, (await loadAgreement(this.store, la.omobilityId)).state, importer, until(step));
        } catch (error) {
          if (!(error instanceof OwnActReached)) throw error;
        }
      };
      // In memory first, as a hand import does: a refusal writes nothing.
      await run(async (command, state) => agreementDecider.decide(await withCoverageOn(this.store, command, state), state).reduce(agreementDecider.evolve, state));
      const request = { actor: host, correlationId: randomUUID(), causationId: randomUUID() };
      await run(async (command) => (await this.commands.execute<DecideAgreement, CommandResult<AgreementState>>(new DecideAgreement(la.omobilityId, command, request))).state);
    }
    this.proposals.record(Object.fromEntries(las.map((la) => [la.omobilityId, la.changesProposal?.id ?? null])));
  }
}
