import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecognitionState, recognitionDecider, recognitionStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { DecideRecognition } from './decide-recognition.command';
import { loadRecognitionContext } from './recognition-context';

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
      ...auditedBy(request),
    });
  }
}
