import { personalFieldsOf } from '../personal-data';
import { deciderSpecification } from '../testing/decider-specification';
import { admin, sendingStaff, student } from '../testing/agreement.fixtures';
import { AnswerSurvey } from './student.commands';
import { studentDecider } from './student.decider';

const given = deciderSpecification(studentDecider);
const NOW = '2026-07-10T09:00:00.000Z';
const answer = (data: Partial<AnswerSurvey['data']> = {}, actor = student): AnswerSurvey => ({
  type: 'AnswerSurvey',
  data: {
    studentId: student.id,
    mobilityId: 'mob-1',
    moment: 'after-return',
    agreement: { partner: 'uw.edu.pl', academicYear: '2025/2026', departedOn: '2026-02-20', returnedOn: '2026-06-30' },
    answers: { preparation: 4, stay: 5, recognition: 3, comments: 'The learning agreement took long to sign' },
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
          answers: { preparation: 4, stay: 5, recognition: 3, comments: 'The learning agreement took long to sign' },
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
    given(answered()).when(answer()).thenThrows({ kind: 'conflict', ruleId: 'SURVEY-ONCE' });
    given(answered()).when(answer({ moment: 'mid-stay', answers: { preparation: 3, stay: 4 } })).then((events) => expect(events.map((e) => e.type)).toEqual(['SurveyAnswered']));
  });

  it('SURVEY-ONCE: a student whose personal data was erased answers no more, at neither moment', () => {
    given(erased()).when(answer()).thenThrows({ kind: 'rule', ruleId: 'SURVEY-ONCE' });
    given(erased()).when(answer({ moment: 'mid-stay', answers: { preparation: 3, stay: 4 } })).thenThrows({ kind: 'rule', ruleId: 'SURVEY-ONCE' });
  });

  it('SURVEY-MOMENT: after the return once it is recorded, during the stay once the departure is', () => {
    given([]).when(answer({ agreement: { partner: 'uw.edu.pl', academicYear: '2025/2026', departedOn: '2026-02-20' } })).thenThrows({ kind: 'rule', ruleId: 'SURVEY-MOMENT' });
    given([])
      .when(answer({ moment: 'mid-stay', answers: { preparation: 3, stay: 4 }, agreement: { partner: 'uw.edu.pl', academicYear: '2025/2026' } }))
      .thenThrows({ kind: 'rule', ruleId: 'SURVEY-MOMENT' });
  });

  it('SURVEY-MOMENT: a moment other than during the stay or after the return is refused as malformed', () => {
    given([])
      .when(answer({ moment: 'before-departure' as AnswerSurvey['data']['moment'] }))
      .thenThrows({ kind: 'invalid', ruleId: 'SURVEY-MOMENT' });
  });

  it('SURVEY-RATING: each rating is a whole number from 1 to 5, and the recognition is asked after the return only', () => {
    given([]).when(answer({ answers: { preparation: 6, stay: 5, recognition: 3 } })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING' });
    given([]).when(answer({ answers: { preparation: 4, stay: 2.5, recognition: 3 } })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING' });
    given([]).when(answer({ answers: { preparation: 4, stay: 5 } })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING' });
    given([]).when(answer({ moment: 'mid-stay', answers: { preparation: 4, stay: 5, recognition: 2 } })).thenThrows({ kind: 'invalid', ruleId: 'SURVEY-RATING' });
  });

  it('the ratings and comments are the student’s personal data, sealed under their id', () => {
    const [event] = answered();
    expect(personalFieldsOf(event).filter((field) => field.path[0] === 'answers').map((field) => [field.subjectId, field.path.join('.')])).toEqual([
      [student.id, 'answers.preparation'],
      [student.id, 'answers.stay'],
      [student.id, 'answers.recognition'],
      [student.id, 'answers.comments'],
    ]);
  });
});
