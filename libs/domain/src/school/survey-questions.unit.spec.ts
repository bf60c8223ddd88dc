import { signerOf } from '../agreement/agreement.actor';
import { historyOf } from '../testing/decider-specification';
import { schoolDecider } from './school.decider';
import { NOW, SCHOOL, admin, auditor, givenSchool, otherSchoolStaff, schoolCommand, schoolStaff } from './school.fixtures';
import { DEFAULT_SURVEY_QUESTIONS, SurveyQuestion } from './survey-questions';

const welcome: SurveyQuestion = { id: 'welcome', kind: 'rating', wording: { fr: 'L’accueil', en: 'The welcome' }, required: true, moments: ['after-return'] };
const advice: SurveyQuestion = { id: 'advice', kind: 'text', wording: { fr: 'Un conseil', en: 'A piece of advice' }, required: false, moments: ['mid-stay', 'after-return'] };
const set = (questions: unknown[], by = schoolStaff) => schoolCommand('SetSurveyQuestions', by, { questions: questions as SurveyQuestion[] });
const asked = () => historyOf(schoolDecider, [set([welcome, advice])]);

describe('SetSurveyQuestions: the school words the participants’ survey (CTI-MOB-9)', () => {
  it('starts from the ledger’s own four questions, version 0, so that every school and every old answer reads the same', () => {
    expect(schoolDecider.initialState().surveyQuestions).toEqual({ version: 0, questions: DEFAULT_SURVEY_QUESTIONS });
    expect(DEFAULT_SURVEY_QUESTIONS.map(({ id, kind, moments }) => [id, kind, moments.join('+')])).toEqual([
      ['preparation', 'rating', 'mid-stay+after-return'],
      ['stay', 'rating', 'mid-stay+after-return'],
      ['recognition', 'rating', 'after-return'],
      ['comments', 'text', 'mid-stay+after-return'],
    ]);
  });

  it('records version 1 with the questions it replaces, wording trimmed and moments in order; the same again changes nothing', () => {
    givenSchool([])
      .when(set([{ ...welcome, wording: { fr: ' L’accueil ', en: 'The welcome' } }, { ...advice, moments: ['after-return', 'mid-stay'] }]))
      .then([{ type: 'SurveyQuestionsSet', data: { schoolId: SCHOOL, version: 1, questions: [welcome, advice], previous: DEFAULT_SURVEY_QUESTIONS, by: signerOf(schoolStaff), at: NOW } }]);
    givenSchool(asked()).when(set([welcome, advice])).thenNothingHappens();
    givenSchool(asked())
      .when(set([welcome]))
      .thenState((state) => {
        expect(state.surveyQuestions).toEqual({ version: 2, questions: [welcome] });
        // Every question ever asked stays known, to label and keep to its kind the answers given to it.
        expect(Object.keys(state.askedQuestions)).toEqual(['preparation', 'stay', 'recognition', 'comments', 'welcome', 'advice']);
      });
  });

  it('SCHOOL-STAFF: only the school’s sending staff or an admin word it', () => {
    givenSchool([]).when(set([welcome], admin)).then(([event]) => expect(event.type).toBe('SurveyQuestionsSet'));
    givenSchool([]).when(set([welcome], otherSchoolStaff)).thenThrows({ kind: 'forbidden', ruleId: 'SCHOOL-STAFF' });
    givenSchool([]).when(set([welcome], auditor)).thenThrows({ kind: 'forbidden', ruleId: 'SCHOOL-STAFF' });
  });

  it('SURVEY-QUESTION-SET: 1 to 20 questions, a kind, a moment, required true or false, and a rating asked after the return', () => {
    givenSchool([]).when(set([])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET' });
    givenSchool([]).when(set(Array.from({ length: 21 }, (_, i) => ({ ...welcome, id: `q${i}` })))).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET' });
    givenSchool([]).when(set([{ ...welcome, kind: 'stars' }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET', message: /questions\.0\.kind/ });
    givenSchool([]).when(set([{ ...welcome, moments: [] }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET', message: /questions\.0\.moments/ });
    givenSchool([]).when(set([{ ...welcome, moments: ['before-departure'] }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET' });
    givenSchool([]).when(set([{ ...welcome, required: 'yes' }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET', message: /questions\.0\.required/ });
    givenSchool([]).when(set([advice])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET', message: /at least one question asked after the return is a rating/ });
    givenSchool([]).when(set([{ ...welcome, moments: ['mid-stay'] }, advice])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-SET' });
  });

  it('SURVEY-QUESTION-ID: ids are unique slugs, and an id keeps the kind it was asked with', () => {
    givenSchool([]).when(set([welcome, { ...advice, id: 'welcome' }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-ID', message: /questions\.1\.id: welcome already names/ });
    givenSchool([]).when(set([{ ...welcome, id: 'Welcome!' }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-ID', message: /questions\.0\.id/ });
    givenSchool([]).when(set([{ ...welcome, id: `w${'x'.repeat(40)}` }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-ID' });
    // The ledger's own 'comments' was free text: it cannot come back as a rating, nor 'welcome' as text once asked as a rating.
    givenSchool([]).when(set([welcome, { ...welcome, id: 'comments' }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-ID', message: /questions\.1\.kind: comments was asked as free text/ });
    givenSchool(asked()).when(set([{ ...welcome, id: 'stay' }, { ...advice, id: 'welcome' }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-ID' });
    // An id an object answers to by itself is still an id never asked.
    givenSchool([]).when(set([{ ...welcome, id: 'constructor' }])).then(([event]) => expect(event.type).toBe('SurveyQuestionsSet'));
  });

  it('SURVEY-QUESTION-WORDING: worded in French and English, at most 300 characters, every field at fault said at once in both languages', () => {
    const error = givenSchool([])
      .when(set([{ ...welcome, wording: { fr: ' ', en: 'The welcome' } }, { ...advice, wording: { fr: 'Un conseil', en: 'x'.repeat(301) } }]))
      .thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-WORDING' });
    expect(error.said).toEqual({
      en: 'questions.0.wording.fr: the French wording is empty; questions.1.wording.en: a wording is at most 300 characters',
      fr: 'questions.0.wording.fr : l’intitulé en français est vide ; questions.1.wording.en : un intitulé compte au plus 300 caractères',
    });
    givenSchool([]).when(set([{ ...welcome, wording: { fr: 'L’accueil' } }])).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION-WORDING', message: /questions\.0\.wording\.en/ });
  });
});
