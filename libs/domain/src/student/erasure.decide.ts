import { EraseStudentData } from './student.commands';
import { requireRecorder, requireSameStudent } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';

/**
 * An admin records that the student's personal data was erased (their key deleted). The
 * event names who and when, nothing personal; a second erasure records nothing.
 */
export const eraseStudentData = ({ data, metadata }: EraseStudentData, state: StudentState): StudentEvent[] => {
  requireSameStudent(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [], ['admin'], "erase a student's personal data");
  if (state.erased) return [];
  const mobilityIds = [...new Set(data.mobilityIds ?? [])].sort();
  return [{ type: 'StudentDataErased', data: { studentId: data.studentId, mobilityIds, ...recorded, at: metadata.now } }];
};
