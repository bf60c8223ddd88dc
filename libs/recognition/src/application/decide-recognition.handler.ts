import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecognitionEvent, RecognitionState, recognitionDecider, recognitionStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, RecordedEvent, handleCommand } from '@app/event-store';
import { stampForAppend } from '@app/agreements';
import { DecideRecognition } from './decide-recognition.command';
import { loadRecognitionContext } from './recognition-context';

export const recognitionEventFromRecorded = (recorded: RecordedEvent): RecognitionEvent =>
  ({ type: recorded.type, data: recorded.data }) as RecognitionEvent;

/** Reads the agreement in force and the school's settings, then loads, decides and appends. */
@CommandHandler(DecideRecognition)
export class DecideRecognitionHandler implements ICommandHandler<DecideRecognition, CommandResult<RecognitionState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ mobilityId, build, request }: DecideRecognition): Promise<CommandResult<RecognitionState>> {
    const context = await loadRecognitionContext(this.store, mobilityId);
    return handleCommand({
      store: this.store,
      streamId: recognitionStreamId(mobilityId),
      decider: recognitionDecider,
      command: (state) => build(context, state),
      fromRecorded: recognitionEventFromRecorded,
      stamp: (events, stampContext) => stampForAppend(events, stampContext, request),
      idempotency: request.idempotencyKey ? { key: request.idempotencyKey, scope: request.actor.id } : undefined,
    });
  }
}
