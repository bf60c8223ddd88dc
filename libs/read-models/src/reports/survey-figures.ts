import {
  DEFAULT_SURVEY_QUESTION_SET,
  DEFAULT_SURVEY_QUESTIONS,
  SURVEY_MOMENTS,
  SurveyMoment,
  SurveyQuestion,
  SurveyQuestionSet,
  SurveyResponse,
  SurveyWording,
  questionsById,
} from '@app/domain';
import type { AgreementFacts } from './agreement-facts';

export type SurveyMomentFigures = {
  /** Outgoing mobilities whose students were asked: returned (after the return) or departed (during the stay). */
  invited: number;
  answered: number;
  /** answered / invited, 4 decimals; null when no one was asked. */
  responseRate: string | null;
  /** Mean of each rating question (1 to 5), by its id, two decimals; null without any answer. Free text never. */
  satisfaction: Record<string, string | null>;
};

export type SurveyFiguresByPartner = { partner: string } & Record<SurveyMoment, SurveyMomentFigures>;

/** A rating question the figures show a mean of, as the school last worded it. */
export type SurveyFigureQuestion = { id: string; wording: SurveyWording };

/** The participants' survey of one school and academic year, per receiving partner and all together (CTI-MOB-9). */
export type SurveyFigures = {
  school: string;
  academicYear: string;
  questions: SurveyFigureQuestion[];
  total: Record<SurveyMoment, SurveyMomentFigures>;
  byPartner: SurveyFiguresByPartner[];
};

export type SurveyFigureSettings = {
  /** Its regulations' `surveyDuringStay`. */
  midStayAsked: boolean;
  /** The questions in force, and every question the school ever asked (the labels of older answers). */
  questions: SurveyQuestionSet;
  askedQuestions: Record<string, SurveyQuestion>;
};

const DEFAULTS: SurveyFigureSettings = { midStayAsked: true, questions: DEFAULT_SURVEY_QUESTION_SET, askedQuestions: questionsById(DEFAULT_SURVEY_QUESTIONS) };

/**
 * Response rates and mean satisfaction of the outgoing mobilities of a year. A mobility is
 * asked after the return once its return is known, and during the stay once its departure is
 * when the school asks then; an answer counts as asked whatever the dates say. Every rating
 * question in force has its mean, and so has every older one answered: each answer carries its
 * question's id and kind, whatever version of the questions it answered. `responses` are
 * opened already (ratings as numbers; null once erased).
 */
export function surveyFigures(
  school: string,
  academicYear: string,
  outgoing: readonly AgreementFacts[],
  responses: readonly SurveyResponse[],
  given: Partial<SurveyFigureSettings> = {},
): SurveyFigures {
  const settings = { ...DEFAULTS, ...given };
  const answers = new Map(responses.map((response) => [`${response.mobilityId}:${response.moment}`, response]));
  const questions = ratingQuestions(responses, settings);
  const ids = questions.map((question) => question.id);
  const partners = [...new Set(outgoing.map((facts) => facts.receivingHeiId ?? ''))].sort();
  const figures = (mobilities: readonly AgreementFacts[]) =>
    Object.fromEntries(SURVEY_MOMENTS.map((moment) => [moment, momentFigures(mobilities, moment, answers, settings.midStayAsked, ids)])) as Record<SurveyMoment, SurveyMomentFigures>;
  return {
    school,
    academicYear,
    questions,
    total: figures(outgoing),
    byPartner: partners.map((partner) => ({ partner, ...figures(outgoing.filter((facts) => (facts.receivingHeiId ?? '') === partner)) })),
  };
}

/** The rating questions in force, in the school's order, then the older ones answered, by id. */
function ratingQuestions(responses: readonly SurveyResponse[], { questions, askedQuestions }: SurveyFigureSettings): SurveyFigureQuestion[] {
  const inForce = questions.questions.filter((question) => question.kind === 'rating').map((question) => question.id);
  const answered = responses.flatMap((response) => response.answers.filter((answer) => answer.kind === 'rating').map((answer) => answer.questionId));
  const older = [...new Set(answered)].filter((id) => !inForce.includes(id)).sort();
  return [...inForce, ...older].map((id) => ({ id, wording: askedQuestions[id]?.wording ?? { fr: id, en: id } }));
}

function momentFigures(mobilities: readonly AgreementFacts[], moment: SurveyMoment, answers: Map<string, SurveyResponse>, midStayAsked: boolean, ids: readonly string[]): SurveyMomentFigures {
  const given = mobilities.flatMap((facts) => answers.get(`${facts.mobilityId}:${moment}`) ?? []);
  const invitedBy = (facts: AgreementFacts) => (moment === 'after-return' ? facts.returnedOn : midStayAsked && facts.departedOn);
  const asked = mobilities.filter((facts) => answers.has(`${facts.mobilityId}:${moment}`) || invitedBy(facts)).length;
  const ratingsOf = (id: string) => given.flatMap((response) => response.answers.filter((answer) => answer.kind === 'rating' && answer.questionId === id).map((answer) => answer.value));
  return {
    invited: asked,
    answered: given.length,
    responseRate: asked === 0 ? null : (given.length / asked).toFixed(4),
    satisfaction: Object.fromEntries(ids.map((id) => [id, mean(ratingsOf(id))])),
  };
}

const mean = (ratings: readonly unknown[]): string | null => {
  const numbers = ratings.filter((rating): rating is number => typeof rating === 'number');
  return numbers.length === 0 ? null : (numbers.reduce((sum, n) => sum + n, 0) / numbers.length).toFixed(2);
};
