import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CreditDto, DECIMAL, FreeText, saidAs } from '@app/http';

export class GradeShareDto {
  @ApiProperty({ example: 'A' }) @IsString() @IsNotEmpty() @MaxLength(20)
  grade: string;

  @ApiProperty({ example: '12.5', description: 'Share of passing students, in percent' })
  @Matches(DECIMAL, saidAs({ en: 'percentage must be a decimal number such as "12.5"', fr: 'percentage doit être un nombre décimal tel que "12.5"' }))
  percentage: string;
}

/** A course the agreement does not list (REC-UNPLANNED): never recognised without the sending institution's decision (REC-EXCESS). */
export class UnplannedComponentDto {
  @ApiPropertyOptional({ example: 'Polish for foreigners A2' }) @IsOptional() @IsString() @MaxLength(300) @FreeText()
  title?: string;

  @ApiProperty({ example: 'Taken on the advice of the host coordinator, to follow the courses in Polish' })
  @IsString() @MaxLength(2000) @FreeText()
  reason: string;
}

export class TranscriptLineDto {
  @ApiProperty({ example: 'KR501', description: 'Code of a component of the approved agreement, or of an unplanned extra' })
  @IsString() @IsNotEmpty() @MaxLength(60)
  code: string;

  @ApiProperty({ type: CreditDto }) @IsObject() @ValidateNested() @Type(() => CreditDto)
  credits: CreditDto;

  @ApiPropertyOptional({ example: 'B+' }) @IsOptional() @IsString() @MaxLength(20)
  localGrade?: string;

  @ApiProperty({ enum: ['passed', 'failed', 'not-taken'] }) @IsIn(['passed', 'failed', 'not-taken'])
  result: 'passed' | 'failed' | 'not-taken';

  @ApiPropertyOptional({ type: [GradeShareDto], description: "The host's EGRACONS table for the field, best grade first" })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => GradeShareDto)
  hostGradeDistribution?: GradeShareDto[];

  @ApiPropertyOptional({ type: UnplannedComponentDto, description: 'Only for a code the agreement does not list (REC-UNPLANNED): why it was taken' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => UnplannedComponentDto)
  unplanned?: UnplannedComponentDto;

  @ApiPropertyOptional({
    example: 'The host counts the project part of the course as 3 more ECTS',
    description: 'REC-CREDITS-DIFFER: required when a passed line obtains other credits than the agreement plans',
  })
  @IsOptional() @IsString() @MaxLength(2000) @FreeText()
  creditsDifferenceReason?: string;
}

export class HostFullLoadDto {
  @ApiProperty({ example: 'au-credit-points' }) @IsString() @IsNotEmpty() @MaxLength(40)
  scheme: string;

  @ApiProperty({ example: '24', description: "The host's full load for the period, in its scheme" })
  @Matches(DECIMAL)
  value: string;
}

/** The host's transcript of records (CTI-REC-1); sent again, it is a correction and needs a reason. */
export class TranscriptDto {
  @ApiProperty({ type: [TranscriptLineDto] })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => TranscriptLineDto)
  components: TranscriptLineDto[];

  @ApiPropertyOptional({ type: [HostFullLoadDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => HostFullLoadDto)
  hostFullLoads?: HostFullLoadDto[];

  @ApiPropertyOptional({ description: 'Double degree (CTI-DD-1): the degree the host awards' })
  @IsOptional() @IsString() @MaxLength(300)
  partnerDegree?: string;

  @ApiPropertyOptional({ description: 'Required when a transcript was already recorded' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  correctionReason?: string;
}
