import { conflict, invalid, ruleBroken } from '../errors';
import { GrantDerogation, RevokeDerogation } from './student.commands';
import { requireProfile, requireRecorder } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';

/**
 * The audit asks "the reasons for the derogations", so a derogation without a reason or
 * without who decided it is refused. One derogation at a time: to change it, revoke it.
 */
export const grantDerogation = ({ data, metadata }: GrantDerogation, state: StudentState): StudentEvent[] => {
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['sending', 'admin'], 'grant a derogation');
  if (!data.reason?.trim() || !data.decidedBy?.trim()) {
    throw invalid('a derogation needs a reason and who decided it', 'STUDENT-DEROGATION');
  }
  const current = state.derogation;
  if (current?.reason === data.reason && current.decidedBy === data.decidedBy) return [];
  if (current) throw conflict(`a derogation is already granted (${current.reason}); revoke it first`, 'STUDENT-DEROGATION');
  return [
    {
      type: 'DerogationGranted',
      data: { studentId: data.studentId, reason: data.reason, decidedBy: data.decidedBy, ...recorded, at: metadata.now },
    },
  ];
};

export const revokeDerogation = ({ data, metadata }: RevokeDerogation, state: StudentState): StudentEvent[] => {
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['sending', 'admin'], 'revoke a derogation');
  if (!data.reason?.trim()) throw invalid('say why the derogation is revoked', 'STUDENT-DEROGATION');
  const current = state.derogation;
  if (!current) throw ruleBroken('STUDENT-DEROGATION', 'no derogation is granted');
  return [
    {
      type: 'DerogationRevoked',
      data: {
        studentId: data.studentId,
        reason: data.reason,
        revoked: { reason: current.reason, decidedBy: current.decidedBy },
        ...recorded,
        at: metadata.now,
      },
    },
  ];
};
