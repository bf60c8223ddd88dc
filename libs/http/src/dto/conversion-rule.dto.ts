import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { ConversionRule } from '@app/domain';
import { plainData as plain } from '../request-context/plain-data';
import { DECIMAL } from './credit.dto';

export class RoundingStepDto {
  @ApiProperty({ enum: ['half-up', 'down', 'up'] }) @IsIn(['half-up', 'down', 'up'])
  mode: 'half-up' | 'down' | 'up';

  @ApiProperty({ example: '0.5' }) @Matches(DECIMAL)
  step: string;
}

/** The school's rule for the scheme in the path (CTI-REC-3): a factor, or a share of the host's full load. */
export class SchoolConversionRuleDto {
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

  @ApiPropertyOptional({ type: RoundingStepDto, description: 'Absent: the result must be exact' })
  @IsOptional() @ValidateNested() @Type(() => RoundingStepDto)
  rounding?: RoundingStepDto;

  @ApiProperty({ example: 'study regulations 2025, art. 12', description: 'Where the rule comes from, for the record' })
  @IsString() @IsNotEmpty() @MaxLength(500)
  source: string;
}

/** The domain's conversion rule for `scheme`, from the DTO (the domain validates it: CTI-REC-3). */
export const toConversionRule = (scheme: string, dto: SchoolConversionRuleDto): ConversionRule => {
  const rounding = dto.rounding ?? 'none';
  return dto.kind === 'factor'
    ? plain({ scheme, kind: 'factor', factor: dto.factor ?? '', divisor: dto.divisor, rounding, source: dto.source })
    : plain({ scheme, kind: 'full-load', ectsPerFullLoad: dto.ectsPerFullLoad ?? '', rounding, source: dto.source });
};
