import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, StudentState, SurveyResponse } from '@app/domain';
import { EventStore, InjectEventStore, personalDataOf } from '@app/event-store';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import { ProjectionFeed } from '../feed';
import { ProjectionStore, findDocuments } from '../store';
import { AGREEMENT_FACTS, agreementFactsProjection } from './agreement-facts.projection';
import { assertMayReadCohort } from './get-cohort-report.query';
import { SCHOOL_SETTINGS, schoolSettingsProjection } from './school-settings.projection';
import { STUDENT_RECORDS, studentRecordsProjection } from './student-records.projection';
import { SurveyFigures, surveyFigures } from './survey-figures';

export class GetSurveyFigures {
  constructor(
    readonly school: string,
    readonly academicYear: string,
    readonly actor: Actor,
  ) {}
}

/**
 * The participants' survey of a school's outgoing mobilities of a year. The answers sit
 * sealed in the student records, as the events hold them: they are opened here, one key lookup
 * for all, and a student whose data was erased is counted as having answered, with no ratings.
 */
@QueryHandler(GetSurveyFigures)
export class GetSurveyFiguresHandler implements IQueryHandler<GetSurveyFigures, SurveyFigures> {
  constructor(
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
    @InjectEventStore() private readonly events: EventStore,
  ) {}

  async execute({ school, academicYear, actor }: GetSurveyFigures): Promise<SurveyFigures> {
    assertMayReadCohort(actor, school);
    await this.feed.catchUp(AGREEMENT_FACTS, STUDENT_RECORDS, SCHOOL_SETTINGS);
    const outgoing = (await findDocuments(this.store, agreementFactsProjection, { school, academic_year: academicYear }))
      .map(({ document }) => document.facts)
      .filter((facts) => facts.status !== 'deleted' && facts.status !== 'none');
    const studentIds = [...new Set(outgoing.flatMap((facts) => (facts.studentId ? [facts.studentId] : [])))];
    const records = studentIds.length ? await findDocuments(this.store, studentRecordsProjection, { key: studentIds }) : [];
    const mobilities = new Set(outgoing.map((facts) => facts.mobilityId));
    const sealed = records.flatMap(({ document }: { document: StudentState }) => Object.values(document.surveys ?? {}).filter((r) => mobilities.has(r.mobilityId)));
    // Asked during the stay only where the school's regulations say so, as the invitations read them.
    const [settings] = await findDocuments(this.store, schoolSettingsProjection, { key: school });
    const midStayAsked = settings?.document.regulations.surveyDuringStay === true;
    return surveyFigures(school, academicYear, outgoing, await this.opened(sealed), { midStayAsked });
  }

  private async opened(responses: SurveyResponse[]): Promise<SurveyResponse[]> {
    const protection = personalDataOf(this.events);
    if (!protection) return responses;
    const fields = ['preparation', 'stay', 'recognition'] as const;
    const values = await protection.openValues(responses.flatMap((r) => fields.map((field) => r.answers[field])), null);
    return responses.map((response, i) => ({
      ...response,
      answers: Object.fromEntries(fields.map((field, j) => [field, values[i * fields.length + j] ?? undefined])) as SurveyResponse['answers'],
    }));
  }
}
