import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { REMEDY_KINDS, type RemedyKind } from '@app/domain';
import { DECIMAL, FreeText, SchoolConversionRuleDto } from '@app/http';

export class RemedyDto {
  @ApiProperty({ example: 'KR510' }) @IsString() @IsNotEmpty() @MaxLength(60)
  componentCode: string;

  @ApiProperty({ enum: REMEDY_KINDS }) @IsIn(REMEDY_KINDS)
  kind: RemedyKind;

  @ApiProperty({ example: 'UE-MATH-4 followed at home in the spring session' })
  @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  description: string;
}

export class RemedyClosureDto {
  @ApiProperty({ enum: ['succeeded', 'failed'] }) @IsIn(['succeeded', 'failed'])
  outcome: 'succeeded' | 'failed';

  @ApiPropertyOptional({ example: '6', description: 'ECTS obtained by the remedy' })
  @IsOptional() @Matches(DECIMAL)
  ectsObtained?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) @FreeText()
  comment?: string;
}

export class HomeUnitDecisionDto {
  @ApiProperty({ enum: ['recognised', 'not-recognised', 'additional-exam'], description: "'additional-exam' is always refused (CTI-REC-2)" })
  @IsIn(['recognised', 'not-recognised', 'additional-exam'])
  decision: 'recognised' | 'not-recognised' | 'additional-exam';

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  comment: string;
}

/** REC-EXCESS: the sending institution's decision on credits beyond the agreement for one line. */
export class ExtraCreditsDecisionDto {
  @ApiProperty({ enum: ['recognised', 'not-recognised'] }) @IsIn(['recognised', 'not-recognised'])
  decision: 'recognised' | 'not-recognised';

  @ApiProperty({ example: 'The extra ECTS cover the project part, which replaces UE-PROJ-3 at home' })
  @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  reason: string;
}

/** A conversion rule (CTI-REC-3) for the scheme a pending component lacked a rule for. */
export class ConversionRuleDto extends SchoolConversionRuleDto {
  @ApiProperty({ example: 'kr-credits' }) @IsString() @IsNotEmpty() @MaxLength(40)
  scheme: string;
}

export class ConversionDto {
  @ApiProperty({ type: ConversionRuleDto }) @IsObject() @ValidateNested() @Type(() => ConversionRuleDto)
  rule: ConversionRuleDto;

  @ApiPropertyOptional({ example: '24' }) @IsOptional() @Matches(DECIMAL)
  hostFullLoad?: string;
}
