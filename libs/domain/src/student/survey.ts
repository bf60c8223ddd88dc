/**
 * The participants' survey the CTI auditor asks about: how satisfied students were with the
 * preparation before departure, with the stay, and with the recognition of their credits
 * (CTI-MOB-9), each from 1 (not at all) to 5 (fully), and free comments. Asked during the
 * stay (optionally) and after the return; answered once for each.
 */
export const SURVEY_MOMENTS = ['mid-stay', 'after-return'] as const;
export type SurveyMoment = (typeof SURVEY_MOMENTS)[number];

export const SURVEY_QUESTIONS = ['preparation', 'stay', 'recognition'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** Ratings from 1 to 5; recognition is not asked during the stay. */
export type SurveyAnswers = { preparation: number; stay: number; recognition?: number; comments?: string };

/** One answer, as recorded on the student's stream: the mobility, its partner and year, for the cohort's figures. */
export type SurveyResponse = {
  studentId: string;
  mobilityId: string;
  moment: SurveyMoment;
  partner: string;
  academicYear: string;
  answers: SurveyAnswers;
  at: string;
};

/** What the survey needs of the agreement it is about, as the handler read it from the agreement's stream. */
export type SurveyedAgreement = { partner: string; academicYear: string; departedOn?: string; returnedOn?: string };

export const surveyKey = (mobilityId: string, moment: SurveyMoment): string => `${mobilityId}:${moment}`;
