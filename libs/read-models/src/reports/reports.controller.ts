import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, Language } from '@app/domain';
import { Access, CurrentActor, ReaderLanguage } from '@app/http';
import { Clock, InjectClock, todayOn } from '@app/kernel';
import { CohortReport } from './cohort-report';
import { cohortReportCsv } from './cohort-report.csv';
import { cohortReportDefinitions } from './cohort-report.definitions';
import { CohortReportResponse } from './cohort-report.response';
import { CohortReportQueryDto } from './cohort-report.query.dto';
import { GetCohortReport } from './get-cohort-report.query';
import { GetSurveyFigures } from './get-survey-figures.query';
import { SurveyFiguresResponse } from './survey-figures.response';
import { SurveyFigures } from './survey-figures';
import { SurveyFiguresQueryDto } from './survey-figures.query.dto';

/** Maps HTTP to the report queries. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly queries: QueryBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Access('report.cohort')
  @Get('cohort')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'CTI cohort indicators of a school and academic year: mobility rate, derogations, CTI-LA-1 signatures, EWP counters, credits recognised (CTI-REC-1), lengthened stays, low-carbon travel, group stays, incoming agreements; CSV with ?format=csv or Accept: text/csv',
    description:
      'Every figure states how it is computed. The JSON carries `definitions`, keyed by the figure\'s path (e.g. `students.mobilityRate`), ' +
      'each with its `ruleId` and a `definition` (what is counted, what is divided by what, where exempt students and derogations go); ' +
      'a ratio also names its `numerator` and `denominator` paths. The mobility rate (CTI-MOB-1) is `students.byStatus.fulfilled / students.nonExempt`: ' +
      'exempt students (CTI-MOB-2) and students without a profile are on neither side, students with a derogation are in the denominator only. ' +
      'The definitions are in the language of Accept-Language (English or French). The CSV has the columns `indicator,rule,value,definition`, one figure a line.',
  })
  @ApiOkResponse({ type: CohortReportResponse, description: 'As JSON; as CSV the columns indicator, rule, value, definition' })
  async cohort(
    @Query() query: CohortReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @ReaderLanguage() language: Language,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CohortReport | string> {
    const computed = await this.queries.execute<GetCohortReport, CohortReport>(new GetCohortReport(query.school, query.year, actor, todayOn(this.clock)));
    const report = { ...computed, definitions: cohortReportDefinitions(language) };
    const csv = query.format ? query.format === 'csv' : (accept ?? '').includes('text/csv');
    if (!csv) return report;
    const name = `cohort-${query.school}-${query.year.replace('/', '-')}.csv`;
    response.type('text/csv').setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return cohortReportCsv(report);
  }

  @Access('report.cohort')
  @Get('surveys')
  @ApiOkResponse({ type: SurveyFiguresResponse })
  @ApiOperation({
    summary:
      "The participants' survey of a school's outgoing mobilities of an academic year (CTI-MOB-9): per receiving partner and in total, during the stay and after the return, " +
      'how many were asked (departed, returned), how many answered, the response rate (answered / asked) and the mean (1 to 5) of each rating question of the school’s survey',
  })
  surveys(@Query() query: SurveyFiguresQueryDto, @CurrentActor() actor: Actor): Promise<SurveyFigures> {
    return this.queries.execute<GetSurveyFigures, SurveyFigures>(new GetSurveyFigures(query.school, query.year, actor));
  }
}
