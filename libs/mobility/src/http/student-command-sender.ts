import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor, CommandMetadata, StudentCommand, StudentState } from '@app/domain';
import type { CommandResult } from '@app/event-store';
import { requestContext } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { DecideStudent } from '../application/decide-student.command';
import { StudentRecordView, toStudentRecordView } from '../read/student-record-view';

type Data<T extends StudentCommand['type']> = Omit<Extract<StudentCommand, { type: T }>['data'], 'studentId'>;

/** What the students' controllers share: stamp the command, send it, answer with the record. */
@Injectable()
export class StudentCommandSender {
  constructor(
    private readonly commands: CommandBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async send<T extends StudentCommand['type']>(
    type: T,
    studentId: string,
    data: Data<T>,
    actor: Actor,
    headers: Record<string, string>,
  ): Promise<StudentRecordView> {
    const metadata: CommandMetadata = { actor, now: this.clock.now().toISOString() };
    const command = { type, data: { studentId, ...data }, metadata } as unknown as StudentCommand;
    const { state, revision } = await this.commands.execute<DecideStudent, CommandResult<StudentState>>(
      new DecideStudent(studentId, command, requestContext(actor, type, headers)),
    );
    return toStudentRecordView(studentId, state, revision);
  }
}
