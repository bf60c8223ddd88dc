import { eventTypes } from '../event-types';
import { Signer } from '../agreement/agreement.actor';
import { Event } from '../message';
import { Journey, LowCarbonMode } from './stay-records';
import { ApprenticeshipModality, StudentProfile } from './student.profile';
import { DeclaredStay, StayRef } from './student.stay';
import { SurveyResponse } from './survey';

/** Who recorded it, in which role, and when: the audit asks who declared what. */
type Act = { by: Signer; role: 'student' | 'sending' | 'admin'; at: string };
type EventOf<Type extends string, Data> = Event<Type, Data & Act & { studentId: string }>;
type SupportData = { stay: StayRef; date: string; note?: string };

export type ProfileRecorded = EventOf<'ProfileRecorded', { profile: StudentProfile }>;
export type StayDeclared = EventOf<'StayDeclared', { stay: DeclaredStay }>;
export type StayDatesRecorded = EventOf<'StayDatesRecorded', { stayId: string; actualStart?: string; actualEnd?: string }>;
export type InternshipAgreementRecorded = EventOf<
  'InternshipAgreementRecorded',
  { stay: StayRef; reference: string; signedOn?: string }
>;
export type LowCarbonTravelRecorded = EventOf<
  'LowCarbonTravelRecorded',
  { stay: StayRef; journey: Journey; days: number; mode: LowCarbonMode }
>;
export type PreparationRecorded = EventOf<'PreparationRecorded', SupportData>;
export type FollowUpRecorded = EventOf<'FollowUpRecorded', SupportData>;
export type DebriefRecorded = EventOf<'DebriefRecorded', SupportData>;
export type ApprenticeshipModalityRecorded = EventOf<
  'ApprenticeshipModalityRecorded',
  { stay: StayRef; modality: ApprenticeshipModality }
>;
export type DerogationGranted = EventOf<'DerogationGranted', { reason: string; decidedBy: string }>;
export type DerogationRevoked = EventOf<'DerogationRevoked', { reason: string; revoked: { reason: string; decidedBy: string } }>;

/**
 * The student's personal data key was deleted; who erased it and when, nothing personal.
 * `mobilityIds` names the agreements whose read models copied the student's fields.
 */
export type StudentDataErased = EventOf<'StudentDataErased', { mobilityIds: string[] }>;

/** SURVEY-ONCE: the student's answer; its ratings and comments are sealed like their other personal data. */
export type SurveyAnswered = EventOf<'SurveyAnswered', Omit<SurveyResponse, 'studentId' | 'at'>>;

export type StudentEvent =
  | ProfileRecorded
  | StayDeclared
  | StayDatesRecorded
  | InternshipAgreementRecorded
  | LowCarbonTravelRecorded
  | PreparationRecorded
  | FollowUpRecorded
  | DebriefRecorded
  | ApprenticeshipModalityRecorded
  | DerogationGranted
  | DerogationRevoked
  | StudentDataErased
  | SurveyAnswered;

export const STUDENT_EVENT_TYPES = eventTypes<StudentEvent['type']>({
  ProfileRecorded: true,
  StayDeclared: true,
  StayDatesRecorded: true,
  InternshipAgreementRecorded: true,
  LowCarbonTravelRecorded: true,
  PreparationRecorded: true,
  FollowUpRecorded: true,
  DebriefRecorded: true,
  ApprenticeshipModalityRecorded: true,
  DerogationGranted: true,
  DerogationRevoked: true,
  StudentDataErased: true,
  SurveyAnswered: true,
});
