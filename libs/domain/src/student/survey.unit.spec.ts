import { personalFieldsOf } from '../personal-data';
import { deciderSpecification } from '../testing/decider-specification';
import { admin, sendingStaff, student } from '../testing/agreement.fixtures';
import { DEFAULT_SURVEY_QUESTION_SET, SurveyQuestionSet } from '../school/survey-questions';
import { AnswerSurvey } from './student.commands';
import { studentDecider } from './student.decider';

const given = deciderSpecification(studentDecider);
const NOW = '2026-07-10T09:00:00.000Z';
type Given = AnswerSurvey['data']['answers'];
/** The answers by question id, as a form gives them. */
const by = (values: Record<string, unknown>): Given => Object.entries(values).map(([questionId, value]) => ({ questionId, value }));
const MID_STAY = by({ preparation: 3, stay: 4 });
/** A school's own survey, version 3: a rating of the welcome after the return, required, and an optional one during the stay. */
const ownSurvey: SurveyQuestionSet = {
  version: 3,
  questions: [
    { id: 'welcome', kind: 'rating', wording: { fr: 'L’accueil', en: 'The welcome' }, required: true, moments: ['after-return'] },
    { id: 'housing', kind: 'rating', wording: { fr: 'Le logement', en: 'Housing' }, required: false, moments: ['mid-stay', 'after-return'] },
    { id: 'advice', kind: 'text', wording: { fr: 'Un conseil', en: 'A piece of advice' }, required: false, moments: ['after-return'] },
  ],
};
const answer = (data: Partial<AnswerSurvey['data']> = {}, actor = student): AnswerSurvey => ({
  type: 'AnswerSurvey',
  data: {
    studentId: student.id,
    mobilityId: 'mob-1',
    moment: 'after-return',
    agreement: { partner: 'uw.edu.pl', academicYear: '2025/2026', departedOn: '2026-02-20', returnedOn: '2026-06-30' },
    answers: by({ preparation: 4, stay: 5, recognition: 3, comments: 'The learning agreement took long to sign' }),
    questions: DEFAULT_SURVEY_QUESTION_SET,
    ...data,
  },
  metadata: { actor, now: NOW },
});
const answered = (command = answer()) => studentDecider.decide(command, studentDecider.initialState());
const erased = () =>
  studentDecider.decide({ type: 'EraseStudentData', data: { studentId: student.id, mobilityIds: ['mob-1'] }, metadata: { actor: admin, now: NOW } }, studentDecider.initialState());

describe('the participants’ survey on the student stream', () => {
  it('STUDENT-ACTOR: the student answers, with the partner and year of the mobility', () => {
    given([]).when(answer()).then([
      {
        type: 'SurveyAnswered',
        data: {
          studentId: student.id,
          mobilityId: 'mob-1',
          moment: 'after-return',
          partner: 'uw.edu.pl',
          academicYear: '2025/2026',
          questionSetVersion: 0,
          answers: [
            { questionId: 'preparation', kind: 'rating', value: 4 },
            { questionId: 'stay', kind: 'rating', value: 5 },
            { questionId: 'recognition', kind: 'rating', value: 3 },
            { questionId: 'comments', kind: 'text', value: 'The learning agreement took long to sign' },
          ],
          by: { id: student.id, name: student.name, email: student.email },
          role: 'student',
          at: NOW,
        },
      },
    ]);
  });

  it('STUDENT-ACTOR: no one answers for the student, not even their school', () => {
    given([]).when(answer({}, sendingStaff)).thenThrows({ kind: 'forbidden', ruleId: 'STUDENT-ACTOR' });
  });

  it('SURVEY-ONCE: a student answers once for each moment; the mid-stay survey is another one', () => {
    const again = given(answered()).when(answer()).thenThrows({ kind: 'conflict', ruleId: 'SURVEY-ONCE' });
    expect(again.said?.fr).toMatch(/^le questionnaire après le retour de la mobilité .+ a déjà reçu une réponse : l’étudiant ne répond qu’une fois$/);
    given(answered()).when(answer({ moment: 'mid-stay', answers: MID_STAY })).then((events) => expect(events.map((e) => e.type)).toEqual(['SurveyAnswered']));
  });

  it('SURVEY-ONCE: a student whose personal data was erased answers no more, at neither moment', () => {
    given(erased()).when(answer()).thenThrows({ kind: 'rule', ruleId: 'SURVEY-ONCE' });
    given(erased()).when(answer({ moment: 'mid-stay', answers: MID_STAY })).thenThrows({ kind: 'rule', ruleId: 'SURVEY-ONCE' });
  });

  it('SURVEY-MOMENT: after the return once it is recorded, during the stay once the departure is', () => {
    given([]).when(answer({ agreement: { partner: 'uw.edu.pl', academicYear: '2025/2026', departedOn: '2026-02-20' } })).thenThrows({ kind: 'rule', ruleId: 'SURVEY-MOMENT' });
    given([])
      .when(answer({ moment: 'mid-stay', answers: MID_STAY, agreement: { partner: 'uw.edu.pl', academicYear: '2025/2026' } }))
      .thenThrows({ kind: 'rule', ruleId: 'SURVEY-MOMENT' });
  });

  it('SURVEY-MOMENT: a moment other than during the stay or after the return is refused as malformed', () => {
    given([])
      .when(answer({ moment: 'before-departure' as AnswerSurvey['data']['moment'] }))
      .thenThrows({ kind: 'invalid', ruleId: 'SURVEY-MOMENT' });
  });

  it('SURVEY-RATING: each rating is a whole number from 1 to 5, named by its field', () => {
    given([]).when(answer({ answers: by({ preparation: 6, stay: 5, recognition: 3 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING', message: /answers\.preparation: a rating/ });
    given([]).when(answer({ answers: by({ preparation: 4, stay: 2.5, recognition: 3 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING', message: /answers\.stay/ });
    given([]).when(answer({ answers: by({ preparation: 4, stay: '5', recognition: 3 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING' });
  });

  it('SURVEY-REQUIRED: every required question of the moment is answered; the recognition is required after the return', () => {
    given([]).when(answer({ answers: by({ preparation: 4, stay: 5 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-REQUIRED', message: /answers\.recognition/ });
    given([]).when(answer({ answers: by({ preparation: 4, stay: 5, recognition: '  ' }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-REQUIRED' });
  });

  it('SURVEY-QUESTION: an answer names a question asked at that moment, once; the recognition is not asked during the stay', () => {
    given([]).when(answer({ moment: 'mid-stay', answers: by({ preparation: 4, stay: 5, recognition: 2 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION', message: /answers\.recognition/ });
    given([]).when(answer({ answers: [...by({ preparation: 4, stay: 5, recognition: 3 }), { questionId: 'stay', value: 1 }] })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION' });
    given([]).when(answer({ answers: by({ preparation: 4, stay: 5, recognition: 3, comments: 'x'.repeat(4001) }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION' });
    given([]).when(answer({ answers: by({ preparation: 4, stay: 5, recognition: 3, mood: 5 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION', message: /answers\.mood/ });
  });

  it('SURVEY-QUESTION: the school’s own questions in force are what is asked, and the event names their version', () => {
    given([])
      .when(answer({ questions: ownSurvey, answers: by({ welcome: 5, advice: 'Book housing early', housing: '' }) }))
      .then(([event]) => expect(event.data).toMatchObject({ questionSetVersion: 3, answers: [{ questionId: 'welcome', kind: 'rating', value: 5 }, { questionId: 'advice', kind: 'text', value: 'Book housing early' }] }));
    // The ledger's own questions are no longer asked once the school words its own.
    given([]).when(answer({ questions: ownSurvey })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION' });
    given([]).when(answer({ questions: ownSurvey, answers: by({ housing: 2 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-REQUIRED', message: /answers\.welcome/ });
  });

  it('SURVEY-QUESTION: an answer the handler did not read the school’s questions for is refused', () => {
    given([]).when(answer({ questions: undefined })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-QUESTION' });
  });

  it('SURVEY-RATING: a refusal is said in French too, with the field it names', () => {
    const error = given([]).when(answer({ answers: by({ preparation: 9, stay: 5, recognition: 3 }) })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING' });
    expect(error.said?.fr).toBe('answers.preparation : une note est un nombre entier de 1 à 5');
  });

  it('the ratings and comments are the student’s personal data, sealed under their id', () => {
    const [event] = answered();
    expect(personalFieldsOf(event).filter((field) => field.path[0] === 'answers').map((field) => [field.subjectId, field.path.join('.'), field.erased])).toEqual([
      [student.id, 'answers.0.value', null],
      [student.id, 'answers.1.value', null],
      [student.id, 'answers.2.value', null],
      [student.id, 'answers.3.value', '[erased]'],
    ]);
  });
});
