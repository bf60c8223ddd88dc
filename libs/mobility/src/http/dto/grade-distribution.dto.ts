import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class GradeShareDto {
  @ApiProperty({ example: 'A' }) @IsString() @IsNotEmpty() @MaxLength(20)
  grade: string;

  @ApiProperty({ example: '12.5', description: 'Share of passing students, a decimal string' })
  @Matches(/^\d{1,3}(\.\d{1,4})?$/)
  percentage: string;
}

/** The school's EGRACONS table for the field of study in the path; percentages sum to 100. */
export class GradeDistributionDto {
  @ApiProperty({ type: [GradeShareDto], description: 'Best grade first' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => GradeShareDto)
  grades: GradeShareDto[];

  @ApiPropertyOptional({ example: ['2023/2024', '2024/2025'] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @Matches(/^\d{4}\/\d{4}$/, { each: true })
  referenceYears?: string[];
}
