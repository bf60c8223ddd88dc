import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, SurveyMoment, questionsAskedAt, surveyKey } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { surveyedMobility } from '../application/stay-owner';
import { assertStudentAccess } from '../access/access-table';
import { loadStudent } from '../read/load-student';
import { loadSchoolSettings } from '../read/load-school-settings';
import { SurveyFormView } from '../read/survey-form-view';

export class GetSurveyForm {
  constructor(
    readonly studentId: string,
    readonly mobilityId: string,
    readonly moment: SurveyMoment,
    readonly actor: Actor,
  ) {}
}

/**
 * The survey as the student's page shows it: the questions their sending school has in force
 * for that moment, in both languages (the page picks the reader's), and whether they answered
 * it already (SURVEY-ONCE). The answers themselves are never read back.
 */
@QueryHandler(GetSurveyForm)
export class GetSurveyFormHandler implements IQueryHandler<GetSurveyForm, SurveyFormView> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ studentId, mobilityId, moment, actor }: GetSurveyForm): Promise<SurveyFormView> {
    // A student who answered nothing yet may have no record: the form is theirs all the same.
    const { state: student } = await loadStudent(this.store, studentId);
    assertStudentAccess('answer-survey', actor, studentId, student.profile?.schoolId);
    const { sendingSchool } = await surveyedMobility(this.store, mobilityId, studentId);
    const { state: school } = await loadSchoolSettings(this.store, sendingSchool);
    return {
      mobilityId,
      moment,
      school: sendingSchool,
      questionSetVersion: school.surveyQuestions.version,
      questions: questionsAskedAt(school.surveyQuestions, moment),
      answered: student.surveys[surveyKey(mobilityId, moment)] !== undefined,
    };
  }
}
