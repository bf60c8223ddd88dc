import { conflict, invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
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
    throw invalid(refusal('derogationNeedsReason'), 'STUDENT-DEROGATION');
  }
  const current = state.derogation;
  if (current?.reason === data.reason && current.decidedBy === data.decidedBy) return [];
  if (current) throw conflict(refusal('derogationAlreadyGranted', current.reason), 'STUDENT-DEROGATION');
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
  if (!data.reason?.trim()) throw invalid(refusal('revocationNeedsReason'), 'STUDENT-DEROGATION');
  const current = state.derogation;
  if (!current) throw ruleBroken('STUDENT-DEROGATION', refusal('noDerogation'));
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
