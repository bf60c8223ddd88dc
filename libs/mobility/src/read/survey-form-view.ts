import type { SurveyMoment, SurveyQuestion } from '@app/domain';

/** What GET /api/students/:studentId/surveys/:mobilityId answers. */
export interface SurveyFormView {
  mobilityId: string;
  moment: SurveyMoment;
  /** The sending school, whose questions they are. */
  school: string;
  questionSetVersion: number;
  /** The questions asked at that moment, in the school's order. */
  questions: SurveyQuestion[];
  answered: boolean;
}
