import { Actor, notFound, refusal } from '@app/domain';
import { EventStore } from '@app/event-store';
import { StudentAction, assertStudentAccess } from '../access/access-table';
import { LoadedStudent, loadStudent } from './load-student';

/** The student's record, when it exists and the actor may read it; a 404 otherwise, alike. */
export async function loadReadableStudent(store: EventStore, studentId: string, actor: Actor, action: StudentAction): Promise<LoadedStudent> {
  const loaded = await loadStudent(store, studentId);
  if (loaded.revision === 'no_stream') throw notFound(refusal('noStudentRecord', studentId));
  assertStudentAccess(action, actor, studentId, loaded.state.profile?.schoolId);
  return loaded;
}
