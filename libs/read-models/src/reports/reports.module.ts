import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetCohortReportHandler } from './get-cohort-report.query';
import { GetSurveyFiguresHandler } from './get-survey-figures.query';
import { ReportsController } from './reports.controller';

/** The CTI cohort indicators (agreement_facts, student_records, school_settings projections). Needs ReadModelsModule. */
@Module({
  imports: [CqrsModule],
  controllers: [ReportsController],
  providers: [GetCohortReportHandler, GetSurveyFiguresHandler],
})
export class ReportsModule {}
