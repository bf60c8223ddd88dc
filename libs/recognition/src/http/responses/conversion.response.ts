import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { ConversionRule, CreditConversion, GradeConversion, Rounding } from '@app/domain';
import { CreditDto, Documents, RoundingStepDto } from '@app/http';

type Rule<Kind extends ConversionRule['kind']> = Extract<ConversionRule, { kind: Kind }>;
const ROUNDING = { oneOf: [{ type: 'string', enum: ['none'] }, { $ref: getSchemaPath(RoundingStepDto) }] };
const oneOf = (...models: Function[]) => ({ oneOf: models.map((model) => ({ $ref: getSchemaPath(model) })) });

@ApiExtraModels(RoundingStepDto)
export class FactorRuleResponse implements Documents<Rule<'factor'>, FactorRuleResponse> {
  @ApiProperty() scheme: string;
  @ApiProperty({ enum: ['factor'] }) kind: 'factor';
  @ApiProperty({ description: 'ECTS = value × factor' }) factor: string;
  @ApiPropertyOptional({ description: 'ECTS = value × factor / divisor, rounded once' }) divisor?: string;
  @ApiProperty(ROUNDING) rounding: Rounding;
  @ApiProperty({ description: 'Where the factor comes from' }) source: string;
}

@ApiExtraModels(RoundingStepDto)
export class FullLoadRuleResponse implements Documents<Rule<'full-load'>, FullLoadRuleResponse> {
  @ApiProperty() scheme: string;
  @ApiProperty({ enum: ['full-load'] }) kind: 'full-load';
  @ApiProperty() ectsPerFullLoad: string;
  @ApiProperty(ROUNDING) rounding: Rounding;
  @ApiProperty() source: string;
}

/** CTI-REC-3: credits converted to ECTS, with the rule used. */
@ApiExtraModels(FactorRuleResponse, FullLoadRuleResponse)
export class ConvertedResponse implements Documents<Extract<CreditConversion, { status: 'converted' }>, ConvertedResponse> {
  @ApiProperty({ enum: ['converted'] }) status: 'converted';
  @ApiProperty({ type: CreditDto }) credit: CreditDto;
  @ApiProperty() ects: string;
  @ApiProperty(oneOf(FactorRuleResponse, FullLoadRuleResponse)) rule: ConversionRule;
  @ApiProperty({ description: 'A decimal ("2") or an exact fraction ("4/3")' }) factor: string;
  @ApiPropertyOptional() hostFullLoad?: string;
}

export class PendingConversionResponse implements Documents<Extract<CreditConversion, { status: 'pending' }>, PendingConversionResponse> {
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ type: CreditDto }) credit: CreditDto;
  @ApiProperty() reason: string;
}

export const CONVERSION_SCHEMA = oneOf(ConvertedResponse, PendingConversionResponse);

class BandResponse {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
}

export class PercentileGradeResponse implements Documents<Extract<GradeConversion, { method: 'egracons-percentile' }>, PercentileGradeResponse> {
  @ApiProperty({ enum: ['egracons-percentile'] }) method: 'egracons-percentile';
  @ApiProperty() localGrade: string;
  @ApiProperty() homeGrade: string;
  @ApiProperty({ type: BandResponse }) hostBand: BandResponse;
  @ApiProperty() midpoint: string;
}

export class KeptGradeResponse implements Documents<Extract<GradeConversion, { method: 'kept-as-is' }>, KeptGradeResponse> {
  @ApiProperty({ enum: ['kept-as-is'] }) method: 'kept-as-is';
  @ApiProperty() localGrade: string;
  @ApiProperty() homeGrade: string;
  @ApiProperty() reason: string;
}

export const GRADE_SCHEMA = oneOf(PercentileGradeResponse, KeptGradeResponse);
