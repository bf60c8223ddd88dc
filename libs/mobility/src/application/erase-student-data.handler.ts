import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementSummaries } from '@app/kernel';
import { StudentCommand, studentDecider, studentStreamId } from '@app/domain';
import { EventStore, InjectEventStore, handleCommand, personalDataOf } from '@app/event-store';
import { auditedBy } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { ErasureView } from '../read/erasure-view';
import { findAgreements } from '../read/find-agreements';
import { EraseStudentData } from './erase-student-data.command';

/**
 * Crypto-shredding: records StudentDataErased on the student's stream, then deletes their
 * key. The record comes first so that a failure in between is finished by a retry, which
 * appends nothing and deletes the key; a second erasure answers the first one's outcome.
 */
@CommandHandler(EraseStudentData)
export class EraseStudentDataHandler implements ICommandHandler<EraseStudentData, ErasureView> {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly summaries: AgreementSummaries,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async execute({ studentId, request }: EraseStudentData): Promise<ErasureView> {
    const protection = personalDataOf(this.store);
    if (!protection) throw new Error('the event store was opened without personal data protection: nothing can be erased');
    // The student's agreements, named in the record of the erasure (read models keep the fields sealed: nothing to blank).
    const mobilityIds = (await findAgreements(this.summaries, this.store, { student: studentId })).map((state) => state.mobilityId!);
    const command: StudentCommand = {
      type: 'EraseStudentData',
      data: { studentId, mobilityIds },
      metadata: { actor: request.actor, now: this.clock.now().toISOString() },
    };
    const { state, revision } = await handleCommand({
      store: this.store,
      streamId: studentStreamId(studentId),
      decider: studentDecider,
      command,
      ...auditedBy(request),
    });
    await protection.erase(studentId);
    return { studentId, erasedAt: state.erased!.at, erasedBy: state.erased!.by, revision: String(revision) };
  }
}
