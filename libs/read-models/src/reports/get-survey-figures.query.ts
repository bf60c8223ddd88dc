import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import { ProjectionFeed } from '../feed';
import { ProjectionStore, findDocuments } from '../store';
import { AGREEMENT_FACTS, agreementFactsProjection } from './agreement-facts.projection';
import { assertMayReadCohort } from './get-cohort-report.query';
import { SCHOOL_SETTINGS } from './school-settings.projection';
import { STUDENT_RECORDS } from './student-records.projection';
import { SurveyFigures } from './survey-figures';
import { loadSurveyFigures } from './survey-responses';

export class GetSurveyFigures {
  constructor(
    readonly school: string,
    readonly academicYear: string,
    readonly actor: Actor,
  ) {}
}

/** The participants' survey of a school's outgoing mobilities of a year (CTI-MOB-9). */
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
    return loadSurveyFigures(this.store, this.events, school, academicYear, outgoing);
  }
}
