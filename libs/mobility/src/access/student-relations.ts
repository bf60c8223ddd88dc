import { Injectable, OnModuleInit } from '@nestjs/common';
import { refusal } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { RelationResolvers } from '@app/http';
import { loadStudent } from '../read/load-student';
import { studentRelation } from './access-table';
import { StudentSchools } from './student-school';

/** Student ids are account ids: letters, digits and a few separators, never a path or a query. */
export const STUDENT_ID = /^[\w.@:-]{1,128}$/;

/**
 * Tells the access guard how an actor relates to the student a route names (`:studentId`):
 * through the student's school as the ledger knows it (StudentSchools), never as the request
 * body names it.
 */
@Injectable()
export class StudentRelations implements OnModuleInit {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly resolvers: RelationResolvers,
    private readonly schools: StudentSchools,
  ) {}

  onModuleInit(): void {
    this.resolvers.register('student', {
      relationOf: async (actor, { params }) => {
        const studentId = params.studentId ?? '';
        if (!STUDENT_ID.test(studentId)) return undefined;
        const { state } = await loadStudent(this.store, studentId);
        const school = await this.schools.schoolOf(actor, studentId, state.profile?.schoolId);
        return studentRelation(actor, studentId, school) === 'other' ? 'other' : 'own';
      },
      notFound: ({ params }) => refusal('noStudentRecord', params.studentId ?? ''),
    });
  }
}
