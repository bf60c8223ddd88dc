import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { Rounding } from '@app/domain';
import { Documents, RoundingStepDto } from '@app/http';
import type { SchoolSettingsView } from '../../read/school-settings-view';
import { GradeShareDto, StudyRegulationsDto, SurveyQuestionDto } from '../dto';

/** A conversion rule in effect, its two kinds (factor, full load) in one shape, as OpenAPI has no tagged union here. */
type ConversionRuleLine = {
  scheme: string;
  kind: 'factor' | 'full-load';
  factor?: string;
  divisor?: string;
  ectsPerFullLoad?: string;
  rounding: Rounding;
  source: string;
  origin: 'school' | 'default';
};
/** Compiles only while every rule the view holds is a line of that shape. */
type LineOf<Rule extends ConversionRuleLine> = Rule extends unknown ? ConversionRuleLine : never;
type DocumentedView = Omit<SchoolSettingsView, 'conversionRules'> & { conversionRules: LineOf<SchoolSettingsView['conversionRules'][number]>[] };

@ApiExtraModels(RoundingStepDto)
export class ConversionRuleInEffectResponse implements Documents<ConversionRuleLine, ConversionRuleInEffectResponse> {
  @ApiProperty({ example: 'us-semester-credit-hours' }) scheme: string;
  @ApiProperty({ enum: ['factor', 'full-load'] }) kind: 'factor' | 'full-load';
  @ApiPropertyOptional({ example: '2' }) factor?: string;
  @ApiPropertyOptional({ example: '3' }) divisor?: string;
  @ApiPropertyOptional({ example: '30' }) ectsPerFullLoad?: string;
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(RoundingStepDto) }, { type: 'string', enum: ['none'] }], description: "'none': the result must be exact" })
  rounding: Rounding;
  @ApiProperty({ example: 'study regulations 2025, art. 12' }) source: string;
  @ApiProperty({ enum: ['school', 'default'], description: "The school's own rule, or the default for a scheme it did not set (CTI-REC-3)" }) origin: 'school' | 'default';
}

export class GradeDistributionResponse implements Documents<SchoolSettingsView['gradeDistributions'][number], GradeDistributionResponse> {
  @ApiProperty({ example: '0714' }) iscedFCode: string;
  @ApiProperty({ type: [GradeShareDto] }) grades: GradeShareDto[];
  @ApiPropertyOptional({ type: [String], example: ['2024/2025'] }) referenceYears?: string[];
}

/** The school's survey in force (CTI-MOB-9): version 0 is the ledger's four questions, until the school words its own. */
export class SurveyQuestionSetResponse implements Documents<SchoolSettingsView['surveyQuestions'], SurveyQuestionSetResponse> {
  @ApiProperty({ example: 0 }) version: number;
  @ApiProperty({ type: [SurveyQuestionDto] }) questions: SurveyQuestionDto[];
}

/** GET /api/schools/:schoolId/regulations */
export class SchoolSettingsResponse implements Documents<DocumentedView, SchoolSettingsResponse> {
  @ApiProperty({ example: 'insa-lyon.fr' }) schoolId: string;
  @ApiProperty({ example: '3', description: 'Stream revision this view was read at' }) revision: string;
  @ApiProperty({ description: 'False until the school configures its own: the regulations shown are then the defaults' }) configured: boolean;
  @ApiProperty({ type: StudyRegulationsDto }) regulations: StudyRegulationsDto;
  @ApiProperty({ type: [ConversionRuleInEffectResponse] }) conversionRules: ConversionRuleInEffectResponse[];
  @ApiProperty({ type: [GradeDistributionResponse] }) gradeDistributions: GradeDistributionResponse[];
  @ApiProperty({ type: SurveyQuestionSetResponse }) surveyQuestions: SurveyQuestionSetResponse;
}
