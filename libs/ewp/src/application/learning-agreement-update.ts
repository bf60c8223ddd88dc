import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '@app/domain';
import { DecideAgreement, loadAgreement } from '@app/agreements';
import { EventStore, InjectEventStore } from '@app/event-store';
import { requestContext } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { updateCommand } from '../las/update-command';
import { readUpdateRequest } from '../las/update-request';
import { EwpSchemaValidator } from '../validation/ewp-schema-validator';

/** EWP's update endpoint: the receiving institution approves (signs) or comments on (rejects) the current proposal. */
@Injectable()
export class LearningAgreementUpdate {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly validator: EwpSchemaValidator,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async update(xml: string, actor: Actor, headers: Record<string, string>): Promise<string> {
    await this.validator.assertValid('omobility-las-update-request', xml);
    const request = readUpdateRequest(xml);
    const { state } = await loadAgreement(this.store, request.omobilityId);
    const command = updateCommand(request, state, actor, this.clock.now().toISOString());
    await this.commands.execute(new DecideAgreement(request.omobilityId, command, requestContext(actor, `ewp-${request.kind}`, headers)));
    return request.kind === 'approve' ? 'The approval of the learning agreement was recorded.' : 'The comment on the learning agreement was recorded.';
  }
}
