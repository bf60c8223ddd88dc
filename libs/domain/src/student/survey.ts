/**
 * The participants' survey the CTI auditor asks about (CTI-MOB-9): how satisfied students
 * were, in ratings from 1 (not at all) to 5 (fully), and free text, on the questions their
 * school words (school/survey-questions.ts). Asked during the stay (optionally) and after the
 * return; answered once for each.
 */
export const SURVEY_MOMENTS = ['mid-stay', 'after-return'] as const;
export type SurveyMoment = (typeof SURVEY_MOMENTS)[number];

/** The answers as a request gives them: each names its question, with a rating (1 to 5) or a text. */
export type SurveyAnswers = Array<{ questionId: string; value: unknown }>;

/**
 * One answer as recorded: the question's id and kind (in clear, so that the figures and an
 * erasure read it without the questions), and the value, sealed as the student's personal data.
 */
export type SurveyAnswer = { questionId: string; kind: 'rating'; value: number } | { questionId: string; kind: 'text'; value: string };

/** One answer, as recorded on the student's stream: the mobility, its partner and year, for the cohort's figures. */
export type SurveyResponse = {
  studentId: string;
  mobilityId: string;
  moment: SurveyMoment;
  partner: string;
  academicYear: string;
  /** The version of the school's questions answered (0: the ledger's own). */
  questionSetVersion: number;
  /** In the order the questions were asked. */
  answers: SurveyAnswer[];
  at: string;
};

/** What the survey needs of the agreement it is about, as the handler read it from the agreement's stream. */
export type SurveyedAgreement = { partner: string; academicYear: string; departedOn?: string; returnedOn?: string };

export const surveyKey = (mobilityId: string, moment: SurveyMoment): string => `${mobilityId}:${moment}`;
