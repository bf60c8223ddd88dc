import { StudentState, SurveyResponse, initialSchoolState } from '@app/domain';
import { EventStore, personalDataOf } from '@app/event-store';
import { ProjectionStore, findDocuments } from '../store';
import type { AgreementFacts } from './agreement-facts';
import { schoolSettingsProjection } from './school-settings.projection';
import { studentRecordsProjection } from './student-records.projection';
import { SurveyFigures, surveyFigures } from './survey-figures';

/**
 * The survey figures of a school's outgoing mobilities of a year, from the projections the
 * caller caught up (student records, school settings). The answers sit sealed in the student
 * records, as the events hold them: only the ratings are opened, one key lookup for all, never
 * the free text; a student whose data was erased counts as having answered, with no ratings.
 */
export async function loadSurveyFigures(store: ProjectionStore, events: EventStore, school: string, academicYear: string, outgoing: readonly AgreementFacts[]): Promise<SurveyFigures> {
  const studentIds = [...new Set(outgoing.flatMap((facts) => (facts.studentId ? [facts.studentId] : [])))];
  const records = studentIds.length ? await findDocuments(store, studentRecordsProjection, { key: studentIds }) : [];
  const mobilities = new Set(outgoing.map((facts) => facts.mobilityId));
  const sealed = records.flatMap(({ document }: { document: StudentState }) => Object.values(document.surveys ?? {}).filter((r) => mobilities.has(r.mobilityId)));
  const [settings] = await findDocuments(store, schoolSettingsProjection, { key: school });
  const state = settings?.document ?? initialSchoolState();
  return surveyFigures(school, academicYear, outgoing, await openedRatings(events, sealed), {
    // Asked during the stay only where the school's regulations say so, as the invitations read them.
    midStayAsked: state.regulations.surveyDuringStay === true,
    questions: state.surveyQuestions,
    askedQuestions: state.askedQuestions,
  });
}

async function openedRatings(events: EventStore, responses: SurveyResponse[]): Promise<SurveyResponse[]> {
  const rated = responses.map((response) => ({ ...response, answers: response.answers.filter((answer) => answer.kind === 'rating') }));
  const protection = personalDataOf(events);
  if (!protection) return rated;
  const values = await protection.openValues(rated.flatMap((response) => response.answers.map((answer) => answer.value)), null);
  let next = 0;
  return rated.map((response) => ({ ...response, answers: response.answers.map((answer) => ({ ...answer, value: values[next++] as number })) }));
}
