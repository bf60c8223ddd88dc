import { dayOf, isIsoDate } from '../agreement/iso-date';
import { invalid } from '../errors';
import { refusal } from '../refusals';
import { RecordDebrief, RecordFollowUp, RecordPreparation } from './student.commands';
import { requireProfile, requireRecorder } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';
import { stayKey } from './student.stay';
import { resolveStay } from './stay-ref';

type SupportCommand = RecordPreparation | RecordFollowUp | RecordDebrief;
const STEPS = {
  RecordPreparation: { event: 'PreparationRecorded', step: 'preparation', action: 'record a preparation' },
  RecordFollowUp: { event: 'FollowUpRecorded', step: 'followUp', action: 'record a follow-up' },
  RecordDebrief: { event: 'DebriefRecorded', step: 'debrief', action: 'record a debrief' },
} as const;

/**
 * CTI-MOB-9 is the school's duty, so its staff record it, on the day it happened. The same
 * step on the same day is recorded once.
 */
export const recordSupport = ({ type, data, metadata }: SupportCommand, state: StudentState): StudentEvent[] => {
  const { event, step, action } = STEPS[type];
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['sending', 'admin'], action);
  resolveStay(state, data.stay);
  if (!isIsoDate(data.date) || data.date > dayOf(metadata.now)) {
    throw invalid(refusal('supportNotPast', data.date), 'CTI-MOB-9');
  }
  if (state.records[stayKey(data.stay)]?.[step].includes(data.date)) return [];
  return [
    {
      type: event,
      data: {
        studentId: data.studentId,
        stay: data.stay,
        date: data.date,
        ...(data.note !== undefined && { note: data.note }),
        ...recorded,
        at: metadata.now,
      },
    } as StudentEvent,
  ];
};
