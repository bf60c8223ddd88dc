import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { REMEDY_KINDS, type RemedyKind } from '@app/domain';
import { DECIMAL } from '@app/agreements';

export class RemedyDto {
  @ApiProperty({ example: 'KR510' }) @IsString() @IsNotEmpty() @MaxLength(60)
  componentCode: string;

  @ApiProperty({ enum: REMEDY_KINDS }) @IsIn(REMEDY_KINDS)
  kind: RemedyKind;

  @ApiProperty({ example: 'UE-MATH-4 followed at home in the spring session' })
  @IsString() @IsNotEmpty() @MaxLength(2000)
  description: string;
}

export class RemedyClosureDto {
  @ApiProperty({ enum: ['succeeded', 'failed'] }) @IsIn(['succeeded', 'failed'])
  outcome: 'succeeded' | 'failed';

  @ApiPropertyOptional({ example: '6', description: 'ECTS obtained by the remedy' })
  @IsOptional() @Matches(DECIMAL)
  ectsObtained?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class HomeUnitDecisionDto {
  @ApiProperty({ enum: ['recognised', 'not-recognised', 'additional-exam'], description: "'additional-exam' is always refused (CTI-REC-2)" })
  @IsIn(['recognised', 'not-recognised', 'additional-exam'])
  decision: 'recognised' | 'not-recognised' | 'additional-exam';

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000)
  comment: string;
}

export class RoundingDto {
  @ApiProperty({ enum: ['half-up', 'down', 'up'] }) @IsIn(['half-up', 'down', 'up'])
  mode: 'half-up' | 'down' | 'up';

  @ApiProperty({ example: '0.5' }) @Matches(DECIMAL)
  step: string;
}

/** A conversion rule (CTI-REC-3): a factor, or a share of the host's full load. */
export class ConversionRuleDto {
  @ApiProperty({ example: 'kr-credits' }) @IsString() @IsNotEmpty() @MaxLength(40)
  scheme: string;

  @ApiProperty({ enum: ['factor', 'full-load'] }) @IsIn(['factor', 'full-load'])
  kind: 'factor' | 'full-load';

  @ApiPropertyOptional({ example: '2', description: 'kind factor: ECTS = value x factor [/ divisor]' })
  @IsOptional() @Matches(DECIMAL)
  factor?: string;

  @ApiPropertyOptional({ example: '3' }) @IsOptional() @Matches(DECIMAL)
  divisor?: string;

  @ApiPropertyOptional({ example: '30', description: 'kind full-load: ECTS of a full load' })
  @IsOptional() @Matches(DECIMAL)
  ectsPerFullLoad?: string;

  @ApiPropertyOptional({ type: RoundingDto, description: 'Absent: the result must be exact' })
  @IsOptional() @ValidateNested() @Type(() => RoundingDto)
  rounding?: RoundingDto;

  @ApiProperty({ description: 'Where the rule comes from, for the record' }) @IsString() @IsNotEmpty() @MaxLength(500)
  source: string;
}

export class ConversionDto {
  @ApiProperty({ type: ConversionRuleDto }) @ValidateNested() @Type(() => ConversionRuleDto)
  rule: ConversionRuleDto;

  @ApiPropertyOptional({ example: '24' }) @IsOptional() @Matches(DECIMAL)
  hostFullLoad?: string;
}
