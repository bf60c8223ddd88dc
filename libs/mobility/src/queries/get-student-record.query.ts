import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { loadReadableStudent } from '../read/readable-student';
import { StudentRecordView, toStudentRecordView } from '../read/student-record-view';

export class GetStudentRecord {
  constructor(
    readonly studentId: string,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(GetStudentRecord)
export class GetStudentRecordHandler implements IQueryHandler<GetStudentRecord, StudentRecordView> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ studentId, actor }: GetStudentRecord): Promise<StudentRecordView> {
    const { state, revision } = await loadReadableStudent(this.store, studentId, actor, 'read-record');
    return toStudentRecordView(studentId, state, revision);
  }
}
