import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventStore, InjectEventStore } from '@app/event-store';
import { RelationResolvers } from '@app/http';
import { loadStudent } from '../read/load-student';
import { studentRelation } from './access-table';

/** Student ids are account ids: letters, digits and a few separators, never a path or a query. */
export const STUDENT_ID = /^[\w.@:-]{1,128}$/;

/** A profile not yet recorded names its school in the request that records it (PUT .../profile). */
const schoolInBody = (body: unknown): string | undefined => {
  const schoolId = (body as { schoolId?: unknown } | undefined)?.schoolId;
  return typeof schoolId === 'string' ? schoolId : undefined;
};

/** Tells the access guard how an actor relates to the student a route names (`:studentId`). */
@Injectable()
export class StudentRelations implements OnModuleInit {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly resolvers: RelationResolvers,
  ) {}

  onModuleInit(): void {
    this.resolvers.register('student', {
      relationOf: async (actor, { params, body }) => {
        const studentId = params.studentId ?? '';
        if (!STUDENT_ID.test(studentId)) return undefined;
        const { state } = await loadStudent(this.store, studentId);
        return studentRelation(actor, studentId, state.profile?.schoolId ?? schoolInBody(body)) === 'other' ? 'other' : 'own';
      },
      notFound: ({ params }) => `no student record ${params.studentId}`,
    });
  }
}
