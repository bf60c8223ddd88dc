import { dayOf, isIsoDate } from '../agreement/iso-date';
import { invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { LOW_CARBON_MODES } from './stay-records';
import { RecordApprenticeshipModality, RecordInternshipAgreement, RecordLowCarbonTravel } from './student.commands';
import { requireProfile, requireRecorder } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';
import { stayKey } from './student.stay';
import { resolveStay } from './stay-ref';

/** CTI-MOB-6: the school, party to the tripartite agreement, records it. */
export const recordInternshipAgreement = ({ data, metadata }: RecordInternshipAgreement, state: StudentState): StudentEvent[] => {
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['sending', 'admin'], 'record an internship agreement');
  const stay = resolveStay(state, data.stay);
  if (stay && stay.kind !== 'internship') {
    throw ruleBroken('CTI-MOB-6', refusal('notAnInternship', stay.stayId, stay.kind));
  }
  if (!data.reference?.trim()) throw invalid(refusal('internshipReferenceEmpty'), 'CTI-MOB-6');
  if (data.signedOn !== undefined && (!isIsoDate(data.signedOn) || data.signedOn > dayOf(metadata.now))) {
    throw invalid(refusal('signedOnNotPast', data.signedOn), 'CTI-MOB-6');
  }
  const current = state.records[stayKey(data.stay)]?.internshipAgreement;
  if (current?.reference === data.reference && current.signedOn === data.signedOn) return [];
  return [
    {
      type: 'InternshipAgreementRecorded',
      data: {
        studentId: data.studentId,
        stay: data.stay,
        reference: data.reference,
        ...(data.signedOn !== undefined && { signedOn: data.signedOn }),
        ...recorded,
        at: metadata.now,
      },
    },
  ];
};

/**
 * CTI-MOB-8: the student or the school records each journey; the school's cap applies when
 * the requirement is evaluated, so a later change of regulations needs no new record.
 */
export const recordLowCarbonTravel = ({ data, metadata }: RecordLowCarbonTravel, state: StudentState): StudentEvent[] => {
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['student', 'sending', 'admin'], 'record low-carbon travel');
  const stay = resolveStay(state, data.stay);
  if (stay?.kind === 'internationalisation-at-home') {
    throw ruleBroken('CTI-MOB-4', refusal('noTravelAtHome'));
  }
  if (!LOW_CARBON_MODES.includes(data.mode)) throw invalid(refusal('lowCarbonMode', LOW_CARBON_MODES), 'CTI-MOB-8');
  if (!['outbound', 'return'].includes(data.journey)) throw invalid(refusal('lowCarbonJourney'), 'CTI-MOB-8');
  if (!Number.isInteger(data.days) || data.days < 1) throw invalid(refusal('lowCarbonDays'), 'CTI-MOB-8');
  const current = state.records[stayKey(data.stay)]?.lowCarbonTravel[data.journey];
  if (current?.days === data.days && current.mode === data.mode) return [];
  const { stay: ref, journey, days, mode } = data;
  return [
    { type: 'LowCarbonTravelRecorded', data: { studentId: data.studentId, stay: ref, journey, days, mode, ...recorded, at: metadata.now } },
  ];
};

/** CTI-MOB-5: the employer chooses; the school records the choice for the stay. */
export const recordApprenticeshipModality = (
  { data, metadata }: RecordApprenticeshipModality,
  state: StudentState,
): StudentEvent[] => {
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['sending', 'admin'], 'record the apprenticeship modality');
  resolveStay(state, data.stay);
  if (profile.track !== 'apprentice') throw ruleBroken('CTI-MOB-5', refusal('onlyApprentices'));
  if (!['at-disposal-of-host', 'contract-on-hold'].includes(data.modality)) {
    throw invalid(refusal('apprenticeshipModality'), 'CTI-MOB-5');
  }
  if (state.records[stayKey(data.stay)]?.apprenticeshipModality === data.modality) return [];
  return [
    {
      type: 'ApprenticeshipModalityRecorded',
      data: { studentId: data.studentId, stay: data.stay, modality: data.modality, ...recorded, at: metadata.now },
    },
  ];
};
