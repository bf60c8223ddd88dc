import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { agreementDecider } from '@app/domain';
import type { Actor, AgreementState } from '@app/domain';
import { DecideAgreement, loadAgreement, withCoverageOn } from '@app/agreements';
import { CommandResult, EventStore, InjectEventStore } from '@app/event-store';
import { requestContext } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { assertMayImport } from '../las/import-access';
import { bringUpToDate } from '../las/bring-up-to-date';
import { readLaResponse } from '../las/la-xml';
import { EwpSchemaValidator } from '../validation/ewp-schema-validator';

export type ImportedAgreement = { omobilityId: string; commands: number; status: AgreementState['status']; versionInForce: number | null };

/**
 * A partner's `omobility-las-get-response`, recorded through the ordinary agreement
 * commands: same events, hash chain and audit trail as an agreement typed in here. The
 * caller signs only for its own party, as the token names it, at the ledger's clock; the
 * document's signatures of other parties are recorded as the partner's reports (LA-REPORT),
 * which never approve a version nor clear a CTI-LA-1 finding.
 */
@Injectable()
export class LearningAgreementImport {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly validator: EwpSchemaValidator,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async import(xml: string, actor: Actor, headers: Record<string, string>): Promise<ImportedAgreement[]> {
    await this.validator.assertValid('omobility-las-get-response', xml);
    const las = readLaResponse(xml);
    las.forEach((la) => assertMayImport(actor, la));
    // The ledger's clock, never the document's timestamps: those stay claims (LA-REPORT, CTI-LA-1).
    const importer = { actor, now: this.clock.now().toISOString() };
    // Every agreement of the document is decided in memory first, with the partnership
    // coverage the handler will look up (LA-PARTNERSHIP): a refusal writes nothing.
    for (const la of las) {
      await bringUpToDate(la, (await loadAgreement(this.store, la.omobilityId)).state, importer, async (command, state) => {
        const covered = await withCoverageOn(this.store, command, state);
        return agreementDecider.decide(covered, state).reduce(agreementDecider.evolve, state);
      });
    }
    // Each step is its own command; an Idempotency-Key would make the second step replay the first,
    // and a repeated import needs none: it finds nothing left to do.
    const { 'idempotency-key': _ignored, ...otherHeaders } = headers;
    const request = requestContext(actor, 'ewp-import', otherHeaders);
    const imported: ImportedAgreement[] = [];
    for (const la of las) {
      const { commands, state } = await bringUpToDate(la, (await loadAgreement(this.store, la.omobilityId)).state, importer, async (command) => {
        const result = await this.commands.execute<DecideAgreement, CommandResult<AgreementState>>(new DecideAgreement(la.omobilityId, command, request));
        return result.state;
      });
      imported.push({ omobilityId: la.omobilityId, commands, status: state.status, versionInForce: state.versions.at(-1)?.number ?? null });
    }
    return imported;
  }
}
