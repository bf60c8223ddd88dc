import { PickType } from '@nestjs/swagger';
import { CohortReportQueryDto } from './cohort-report.query.dto';

/** The same school and year as the cohort report, without its format. */
export class SurveyFiguresQueryDto extends PickType(CohortReportQueryDto, ['school', 'year'] as const) {}
