import { canonicalJson } from '../agreement/canonical-json';
import { RecordProfile } from './student.commands';
import { requireRecorder, requireSameStudent } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';
import { assertValidProfile } from './validate-profile';

/**
 * Staff record the profile: it decides the CTI-MOB-2 exemption, so the student does not
 * declare it. Staff act for the school in the profile, and for a move between schools they
 * must belong to both, which in practice leaves transfers to an admin.
 */
export const recordProfile = ({ data, metadata }: RecordProfile, state: StudentState): StudentEvent[] => {
  requireSameStudent(state, data.studentId);
  const schools = [data.profile?.schoolId, state.profile?.schoolId].filter((school): school is string => school !== undefined);
  const recorded = requireRecorder(metadata.actor, data.studentId, schools, ['sending', 'admin'], 'record the profile');
  assertValidProfile(data.profile);
  if (state.profile && canonicalJson(state.profile) === canonicalJson(data.profile)) return [];
  return [{ type: 'ProfileRecorded', data: { studentId: data.studentId, profile: data.profile, ...recorded, at: metadata.now } }];
};
