import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, PartnershipEvent, PartnershipState, RecordIia, partnershipDecider, partnershipId, recordedKeyOf } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { requestContext } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { DecidePartnership, loadPartnership } from '@app/partnerships';
import { readIiasResponse } from '../iias/iia-xml';
import { EwpSchemaValidator } from '../validation/ewp-schema-validator';

export type ImportedIia = { partnershipId: string; iiaKey: string; recorded: 'new' | 'revised' | 'unchanged' };

const outcomeOf = (event: PartnershipEvent | undefined, command: RecordIia, state: PartnershipState): Omit<ImportedIia, 'partnershipId'> => {
  if (event?.type === 'IiaRecorded') return { iiaKey: event.data.iiaKey, recorded: 'new' };
  if (event?.type === 'IiaRevised') return { iiaKey: event.data.iiaKey, recorded: 'revised' };
  // Nothing decided: the register holds these terms already, under the key the decider found.
  return { iiaKey: recordedKeyOf(command.data.iia, state.iias) ?? '', recorded: 'unchanged' };
};

/**
 * A partner's `iias-get-response`, recorded in the partnerships register through the
 * ordinary command: importing it again changes nothing, new terms revise the IIA.
 */
@Injectable()
export class IiaImport {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly validator: EwpSchemaValidator,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async import(xml: string, actor: Actor, headers: Record<string, string>): Promise<ImportedIia[]> {
    await this.validator.assertValid('iias-get-response', xml);
    const now = this.clock.now().toISOString();
    const commands: RecordIia[] = readIiasResponse(xml).map((iia) => {
      const [a, b] = iia.partners.map((partner) => partner.heiId);
      return { type: 'RecordIia', data: { partnershipId: partnershipId(a, b), iia }, metadata: { actor, now } };
    });
    // Every IIA of the document is decided in memory first, in order: a refusal writes nothing.
    const states = new Map<string, PartnershipState>();
    const imported: ImportedIia[] = [];
    for (const command of commands) {
      const id = command.data.partnershipId;
      const state = states.get(id) ?? (await loadPartnership(this.store, id)).state;
      const [event] = partnershipDecider.decide(command, state);
      states.set(id, event ? partnershipDecider.evolve(state, event) : state);
      imported.push({ partnershipId: id, ...outcomeOf(event, command, state) });
    }
    const { 'idempotency-key': _ignored, ...otherHeaders } = headers;
    const request = requestContext(actor, 'ewp-iia-import', otherHeaders);
    for (const command of commands) {
      await this.commands.execute(new DecidePartnership(command.data.partnershipId, command, request));
    }
    return imported;
  }
}
