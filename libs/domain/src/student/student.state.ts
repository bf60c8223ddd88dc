import { Derogation } from './derogation';
import { StayRecords } from './stay-records';
import { StudentProfile } from './student.profile';
import { DeclaredStay } from './student.stay';
import { SurveyResponse } from './survey';

export type StudentState = {
  studentId?: string;
  profile?: StudentProfile;
  /** Declared stays by stayId, in declaration order. */
  stays: Record<string, DeclaredStay>;
  /** Records by `stayKey`, for agreements' mobilities and declared stays alike. */
  records: Record<string, StayRecords>;
  /** The derogation in force; granted and revoked ones stay in the history. */
  derogation?: Derogation;
  /** Set once the student's personal data was erased: their names, email and birth date read as erased. */
  erased?: { at: string; by: string };
  /** SURVEY-ONCE: the answers, by `surveyKey` (mobility and moment). */
  surveys: Record<string, SurveyResponse>;
};

export const initialStudentState = (): StudentState => ({ stays: {}, records: {}, surveys: {} });
