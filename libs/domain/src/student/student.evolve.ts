import { laterEvent } from '../exhaustive';
import { StayRecords, emptyStayRecords } from './stay-records';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';
import { StayRef, stayKey } from './student.stay';
import { surveyKey } from './survey';

const withRecords = (state: StudentState, ref: StayRef, change: (records: StayRecords) => StayRecords): StudentState => {
  const key = stayKey(ref);
  return { ...state, records: { ...state.records, [key]: change(state.records[key] ?? emptyStayRecords()) } };
};

/** Dates of a support step, sorted and once each. */
const addDate = (dates: string[], date: string): string[] => [...new Set([...dates, date])].sort();

/** Folds one fact into the record. Never refuses. */
export const evolveStudent = (current: StudentState, { type, data }: StudentEvent): StudentState => {
  const state = { ...current, studentId: data.studentId };
  switch (type) {
    case 'ProfileRecorded':
      return { ...state, profile: data.profile };
    case 'StayDeclared':
      return { ...state, stays: { ...state.stays, [data.stay.stayId]: data.stay } };
    case 'StayDatesRecorded': {
      const stay = state.stays[data.stayId];
      if (!stay) return state;
      const { actualStart = stay.actualStart, actualEnd = stay.actualEnd } = data;
      return {
        ...state,
        stays: {
          ...state.stays,
          [data.stayId]: { ...stay, ...(actualStart !== undefined && { actualStart }), ...(actualEnd !== undefined && { actualEnd }) },
        },
      };
    }
    case 'InternshipAgreementRecorded':
      return withRecords(state, data.stay, (records) => ({
        ...records,
        internshipAgreement: { reference: data.reference, ...(data.signedOn !== undefined && { signedOn: data.signedOn }) },
      }));
    case 'LowCarbonTravelRecorded':
      return withRecords(state, data.stay, (records) => ({
        ...records,
        lowCarbonTravel: { ...records.lowCarbonTravel, [data.journey]: { days: data.days, mode: data.mode } },
      }));
    case 'PreparationRecorded':
      return withRecords(state, data.stay, (records) => ({ ...records, preparation: addDate(records.preparation, data.date) }));
    case 'FollowUpRecorded':
      return withRecords(state, data.stay, (records) => ({ ...records, followUp: addDate(records.followUp, data.date) }));
    case 'DebriefRecorded':
      return withRecords(state, data.stay, (records) => ({ ...records, debrief: addDate(records.debrief, data.date) }));
    case 'ApprenticeshipModalityRecorded':
      return withRecords(state, data.stay, (records) => ({ ...records, apprenticeshipModality: data.modality }));
    case 'DerogationGranted':
      return {
        ...state,
        derogation: { reason: data.reason, decidedBy: data.decidedBy, grantedAt: data.at, grantedBy: data.by.id },
      };
    case 'DerogationRevoked':
      return { ...state, derogation: undefined };
    case 'StudentDataErased':
      return { ...state, erased: { at: data.at, by: data.by.id } };
    case 'SurveyAnswered': {
      const { studentId, mobilityId, moment, partner, academicYear, questionSetVersion, answers, at } = data;
      const response = { studentId, mobilityId, moment, partner, academicYear, questionSetVersion, answers, at };
      return { ...state, surveys: { ...(state.surveys ?? {}), [surveyKey(mobilityId, moment)]: response } };
    }
    default:
      return laterEvent(type, state);
  }
};
