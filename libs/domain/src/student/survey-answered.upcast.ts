import { DEFAULT_SURVEY_QUESTIONS } from '../school/survey-questions';
import { StudentEvent, SurveyAnswered } from './student.events';
import { SurveyAnswer } from './survey';

/** What a reader gives: a stored event, its schema version 1 when it does not say. */
type StoredStudentEvent = { type: string; data: unknown; schemaVersion?: number };

type SurveyAnsweredV1 = Omit<SurveyAnswered['data'], 'answers' | 'questionSetVersion'> & { answers: Record<string, unknown> };

/**
 * SurveyAnswered version 1 held the ledger's own questions as fields (preparation, stay,
 * recognition, comments): they become answers under the same ids, to version 0 of the
 * questions, in their order. Values are moved as they are, sealed, opened or erased alike.
 */
function upcastSurveyAnsweredV1(data: SurveyAnsweredV1): SurveyAnswered['data'] {
  const answers = DEFAULT_SURVEY_QUESTIONS.flatMap(({ id, kind }) =>
    data.answers[id] === undefined ? [] : [{ questionId: id, kind, value: data.answers[id] } as SurveyAnswer],
  );
  return { ...data, questionSetVersion: 0, answers };
}

/**
 * A student event as the decider reads it now, whatever version was stored. An event already
 * in today's shape reads as it is, whatever version it says (one appended without saying it).
 */
export function upcastStudentEvent({ type, data, schemaVersion = 1 }: StoredStudentEvent): StudentEvent {
  if (type === 'SurveyAnswered' && schemaVersion < 2) {
    const v1 = data as SurveyAnsweredV1;
    if (!Array.isArray(v1.answers)) return { type, data: upcastSurveyAnsweredV1(v1) };
  }
  return { type, data } as StudentEvent;
}
