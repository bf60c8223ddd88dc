import type { SurveyMoment } from '../student/survey';

/**
 * The participants' survey is the school's to word (CTI-MOB-9): which questions, how worded in
 * French and English, required or not, asked during the stay, after the return or both. A
 * question keeps its id from one version to the next, so that answers under it compare.
 */
export const SURVEY_QUESTION_KINDS = ['rating', 'text'] as const;
/** A rating from 1 (not at all satisfied) to 5 (fully), or free text. */
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

export type SurveyWording = { fr: string; en: string };

export type SurveyQuestion = {
  /** Stable: lowercase letters, digits and hyphens (SURVEY-QUESTION-ID). */
  id: string;
  kind: SurveyQuestionKind;
  wording: SurveyWording;
  required: boolean;
  moments: SurveyMoment[];
};

/** The questions in force and their version: 0 for the ledger's own, then 1, 2... each time the school sets its own. */
export type SurveyQuestionSet = { version: number; questions: SurveyQuestion[] };

export const SURVEY_LIMITS = { questions: 20, idLength: 40, wordingLength: 300, textAnswerLength: 4000 } as const;

const BOTH: SurveyMoment[] = ['mid-stay', 'after-return'];

/**
 * The survey every school asked before it could word its own, with the ids the answers of
 * that time were recorded under: every school that sets nothing, and every answer recorded
 * before, still reads the same.
 */
export const DEFAULT_SURVEY_QUESTIONS: SurveyQuestion[] = [
  { id: 'preparation', kind: 'rating', wording: { fr: 'Préparation avant le départ', en: 'Preparation before departure' }, required: true, moments: BOTH },
  { id: 'stay', kind: 'rating', wording: { fr: 'Le séjour', en: 'The stay' }, required: true, moments: BOTH },
  // The recognition is decided after the return: there is nothing to rate before.
  { id: 'recognition', kind: 'rating', wording: { fr: 'Reconnaissance de vos crédits', en: 'Recognition of your credits' }, required: true, moments: ['after-return'] },
  { id: 'comments', kind: 'text', wording: { fr: 'Commentaires', en: 'Comments' }, required: false, moments: BOTH },
];

export const DEFAULT_SURVEY_QUESTION_SET: SurveyQuestionSet = { version: 0, questions: DEFAULT_SURVEY_QUESTIONS };

/** The questions of `set` asked at `moment`, in the school's order. */
export const questionsAskedAt = (set: SurveyQuestionSet, moment: SurveyMoment): SurveyQuestion[] =>
  set.questions.filter((question) => question.moments.includes(moment));

/** Every question by its id: what the figures label an answer with, whatever version asked it. */
export const questionsById = (questions: readonly SurveyQuestion[]): Record<string, SurveyQuestion> =>
  Object.fromEntries(questions.map((question) => [question.id, question]));
