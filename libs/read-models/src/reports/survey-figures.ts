import type { SurveyMoment, SurveyResponse } from '@app/domain';
import type { AgreementFacts } from './agreement-facts';

/** Mean ratings from 1 to 5, two decimals; null without any answer. */
export type SurveyRatings = { preparation: string | null; stay: string | null; recognition: string | null };

export type SurveyMomentFigures = {
  /** Outgoing mobilities whose students were asked: returned (after the return) or departed (during the stay). */
  invited: number;
  answered: number;
  /** answered / invited, 4 decimals; null when no one was asked. */
  responseRate: string | null;
  satisfaction: SurveyRatings;
};

export type SurveyFiguresByPartner = { partner: string } & Record<SurveyMoment, SurveyMomentFigures>;

/** The participants' survey of one school and academic year, per receiving partner and all together (CTI-MOB-9). */
export type SurveyFigures = { school: string; academicYear: string; total: Record<SurveyMoment, SurveyMomentFigures>; byPartner: SurveyFiguresByPartner[] };

const MOMENTS: readonly SurveyMoment[] = ['mid-stay', 'after-return'];

/**
 * Response rates and mean satisfaction of the outgoing mobilities of a year. A mobility is
 * asked after the return once its return is known, and during the stay once its departure is
 * when the school asks then (`midStayAsked`: its regulations' `surveyDuringStay`); an answer counts as asked
 * whatever the dates say. `responses` are opened already (ratings as numbers).
 */
export function surveyFigures(
  school: string,
  academicYear: string,
  outgoing: readonly AgreementFacts[],
  responses: readonly SurveyResponse[],
  { midStayAsked }: { midStayAsked: boolean } = { midStayAsked: true },
): SurveyFigures {
  const answers = new Map(responses.map((response) => [`${response.mobilityId}:${response.moment}`, response]));
  const partners = [...new Set(outgoing.map((facts) => facts.receivingHeiId ?? ''))].sort();
  const figures = (mobilities: readonly AgreementFacts[]) =>
    Object.fromEntries(MOMENTS.map((moment) => [moment, momentFigures(mobilities, moment, answers, midStayAsked)])) as Record<SurveyMoment, SurveyMomentFigures>;
  return {
    school,
    academicYear,
    total: figures(outgoing),
    byPartner: partners.map((partner) => ({ partner, ...figures(outgoing.filter((facts) => (facts.receivingHeiId ?? '') === partner)) })),
  };
}

function momentFigures(mobilities: readonly AgreementFacts[], moment: SurveyMoment, answers: Map<string, SurveyResponse>, midStayAsked: boolean): SurveyMomentFigures {
  const given = mobilities.flatMap((facts) => answers.get(`${facts.mobilityId}:${moment}`) ?? []);
  const invitedBy = (facts: AgreementFacts) => (moment === 'after-return' ? facts.returnedOn : midStayAsked && facts.departedOn);
  const asked = mobilities.filter((facts) => answers.has(`${facts.mobilityId}:${moment}`) || invitedBy(facts)).length;
  return {
    invited: asked,
    answered: given.length,
    responseRate: asked === 0 ? null : (given.length / asked).toFixed(4),
    satisfaction: {
      preparation: mean(given.map((response) => response.answers.preparation)),
      stay: mean(given.map((response) => response.answers.stay)),
      recognition: mean(given.flatMap((response) => (typeof response.answers.recognition === 'number' ? [response.answers.recognition] : []))),
    },
  };
}

const mean = (ratings: readonly unknown[]): string | null => {
  const numbers = ratings.filter((rating): rating is number => typeof rating === 'number');
  return numbers.length === 0 ? null : (numbers.reduce((sum, n) => sum + n, 0) / numbers.length).toFixed(2);
};
