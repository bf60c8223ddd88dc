import { CommandMetadata } from '../agreement/agreement.commands';
import { Command } from '../message';
import { Journey, LowCarbonMode } from './stay-records';
import { ApprenticeshipModality, StudentProfile } from './student.profile';
import { DeclaredStay, StayRef } from './student.stay';
import { SurveyQuestionSet } from '../school/survey-questions';
import { SurveyAnswers, SurveyMoment, SurveyedAgreement } from './survey';

type CommandOf<Type extends string, Data extends object> = Command<Type, Data & { studentId: string }, CommandMetadata>;

/** Records or replaces the profile; by the school's staff or an admin. */
export type RecordProfile = CommandOf<'RecordProfile', { profile: StudentProfile }>;
/** A stay no learning agreement carries; the student or the school declares it. */
export type DeclareStay = CommandOf<'DeclareStay', { stay: DeclaredStay }>;
/** The actual start and/or end of a declared stay, once they happened. */
export type RecordStayDates = CommandOf<'RecordStayDates', { stayId: string; actualStart?: string; actualEnd?: string }>;
export type RecordInternshipAgreement = CommandOf<
  'RecordInternshipAgreement',
  { stay: StayRef; reference: string; signedOn?: string }
>;
export type RecordLowCarbonTravel = CommandOf<
  'RecordLowCarbonTravel',
  { stay: StayRef; journey: Journey; days: number; mode: LowCarbonMode }
>;
/** CTI-MOB-9: `date` is the day the session, contact or debrief took place. */
export type RecordPreparation = CommandOf<'RecordPreparation', { stay: StayRef; date: string; note?: string }>;
export type RecordFollowUp = CommandOf<'RecordFollowUp', { stay: StayRef; date: string; note?: string }>;
export type RecordDebrief = CommandOf<'RecordDebrief', { stay: StayRef; date: string; note?: string }>;
export type RecordApprenticeshipModality = CommandOf<
  'RecordApprenticeshipModality',
  { stay: StayRef; modality: ApprenticeshipModality }
>;
export type GrantDerogation = CommandOf<'GrantDerogation', { reason: string; decidedBy: string }>;
export type RevokeDerogation = CommandOf<'RevokeDerogation', { reason: string }>;

/** Records that the student's key was deleted: their personal fields read as erased from now on. */
export type EraseStudentData = CommandOf<'EraseStudentData', { mobilityIds: string[] }>;

/**
 * The student's answer to the survey on one mobility. `agreement` is what the handler read of
 * it (partner, year, the stay's dates) and `questions` the survey its sending school has in
 * force, never what the request says.
 */
export type AnswerSurvey = CommandOf<
  'AnswerSurvey',
  { mobilityId: string; moment: SurveyMoment; answers: SurveyAnswers; agreement?: SurveyedAgreement; questions?: SurveyQuestionSet }
>;

export type StudentCommand =
  | RecordProfile
  | DeclareStay
  | RecordStayDates
  | RecordInternshipAgreement
  | RecordLowCarbonTravel
  | RecordPreparation
  | RecordFollowUp
  | RecordDebrief
  | RecordApprenticeshipModality
  | GrantDerogation
  | RevokeDerogation
  | EraseStudentData
  | AnswerSurvey;
