import { ERASED, personalFieldsOf } from '../personal-data';
import { schemaVersionOf } from '../event-schema-versions';
import { student } from '../testing/agreement.fixtures';
import { studentDecider } from './student.decider';
import { upcastStudentEvent } from './survey-answered.upcast';

const ACT = { by: { id: student.id, name: student.name, email: student.email }, role: 'student', at: '2026-07-10T09:00:00.000Z' };
/** SurveyAnswered as version 1 stored it: the ledger's own questions as fields. */
const v1 = (answers: Record<string, unknown>) => ({
  type: 'SurveyAnswered',
  schemaVersion: 1,
  data: { studentId: student.id, mobilityId: 'mob-1', moment: 'after-return', partner: 'uw.edu.pl', academicYear: '2025/2026', answers, ...ACT },
});

describe('SurveyAnswered version 1 upcast on read (SURVEY-ONCE)', () => {
  it('is written as version 2 from now on, and read as it is stored', () => {
    expect(schemaVersionOf('SurveyAnswered')).toBe(2);
    expect(schemaVersionOf('SurveyQuestionsSet')).toBe(1);
  });

  it('reads its fields as answers to version 0 of the questions, under the same ids, in their order', () => {
    expect(upcastStudentEvent(v1({ comments: 'Long to sign', stay: 5, preparation: 4, recognition: 3 })).data).toMatchObject({
      questionSetVersion: 0,
      answers: [
        { questionId: 'preparation', kind: 'rating', value: 4 },
        { questionId: 'stay', kind: 'rating', value: 5 },
        { questionId: 'recognition', kind: 'rating', value: 3 },
        { questionId: 'comments', kind: 'text', value: 'Long to sign' },
      ],
    });
  });

  it('moves sealed and erased values as they are: the walk finds them sealed before, and the upcast answers after', () => {
    const sealed = { $encrypted: { keyId: 'k', iv: 'i', tag: 't', data: 'd' } };
    const stored = v1({ preparation: sealed, stay: sealed, comments: sealed });
    expect(personalFieldsOf(stored).filter((field) => field.path[0] === 'answers').map((field) => field.path.join('.'))).toEqual([
      'answers.preparation',
      'answers.stay',
      'answers.comments',
    ]);
    const upcast = upcastStudentEvent(v1({ preparation: null, stay: null, comments: ERASED }));
    expect(upcast.data).toMatchObject({ answers: [{ questionId: 'preparation', value: null }, { questionId: 'stay', value: null }, { questionId: 'comments', kind: 'text', value: ERASED }] });
    expect(personalFieldsOf(upcast).filter((field) => field.path[0] === 'answers').map((field) => field.erased)).toEqual([null, null, ERASED]);
  });

  it('leaves version 2, and other events, as stored; the student decider folds old and new alike', () => {
    const v2 = { type: 'SurveyAnswered', schemaVersion: 2, data: { ...v1({}).data, questionSetVersion: 3, answers: [{ questionId: 'welcome', kind: 'rating', value: 5 }] } };
    expect(upcastStudentEvent(v2)).toEqual({ type: v2.type, data: v2.data });
    const profile = { type: 'ProfileRecorded', data: { studentId: student.id } };
    expect(upcastStudentEvent(profile)).toEqual(profile);
    const state = [v1({ preparation: 4, stay: 5, recognition: 3 })].map((event) => studentDecider.upcast!(event)).reduce(studentDecider.evolve, studentDecider.initialState());
    expect(state.surveys['mob-1:after-return']).toMatchObject({ questionSetVersion: 0, answers: [{ questionId: 'preparation', value: 4 }, { questionId: 'stay' }, { questionId: 'recognition' }] });
  });
});
