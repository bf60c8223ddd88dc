import { laterEvent } from '../exhaustive';
import { SchoolEvent } from './school.events';
import { SchoolState } from './school.state';
import { questionsById } from './survey-questions';

/** Folds one fact into the settings. Never refuses. */
export const evolveSchool = (state: SchoolState, { type, data }: SchoolEvent): SchoolState => {
  const school = { ...state, schoolId: data.schoolId };
  switch (type) {
    case 'StudyRegulationsConfigured':
      return { ...school, configured: true, regulations: data.regulations };
    case 'ConversionRuleSet':
      return { ...school, conversionRules: { ...state.conversionRules, [data.rule.scheme]: data.rule } };
    case 'ConversionRuleRemoved': {
      const { [data.scheme]: _removed, ...conversionRules } = state.conversionRules;
      return { ...school, conversionRules };
    }
    case 'GradeDistributionSet':
      return {
        ...school,
        gradeDistributions: { ...state.gradeDistributions, [data.distribution.iscedFCode]: data.distribution },
      };
    case 'GradeDistributionRemoved': {
      const { [data.iscedFCode]: _removed, ...gradeDistributions } = state.gradeDistributions;
      return { ...school, gradeDistributions };
    }
    case 'SurveyQuestionsSet':
      return {
        ...school,
        surveyQuestions: { version: data.version, questions: data.questions },
        askedQuestions: { ...state.askedQuestions, ...questionsById(data.questions) },
      };
    default:
      return laterEvent(type, state);
  }
};
