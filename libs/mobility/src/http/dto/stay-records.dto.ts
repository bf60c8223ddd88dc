import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { FreeText } from '@app/http';
import { LOW_CARBON_MODES, type ApprenticeshipModality, type Journey, type LowCarbonMode } from '@app/domain';
import { MODALITIES } from './student-profile.dto';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Exactly one of the two: a learning agreement's mobility, or a declared stay. */
export class StayRefDto {
  @ApiPropertyOptional({ description: "A learning agreement's mobility id; the agreement must be this student's" })
  @IsOptional() @IsUUID()
  mobilityId?: string;

  @ApiPropertyOptional({ description: 'A declared stay of this student' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100)
  stayId?: string;
}

class StayRecordDto {
  @ApiProperty({ type: StayRefDto }) @IsObject() @ValidateNested() @Type(() => StayRefDto)
  stay: StayRefDto;
}

export class InternshipAgreementDto extends StayRecordDto {
  @ApiProperty({ example: 'CONV-2026-0147', description: 'Reference of the tripartite internship agreement (CTI-MOB-6)' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  reference: string;

  @ApiPropertyOptional({ example: '2026-05-02' }) @IsOptional() @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  signedOn?: string;
}

export class LowCarbonTravelDto extends StayRecordDto {
  @ApiProperty({ enum: ['outbound', 'return'] }) @IsIn(['outbound', 'return'])
  journey: Journey;

  @ApiProperty({ example: 2, description: 'Whole days of travel (CTI-MOB-8)' }) @IsInt() @Min(1) @Max(60)
  days: number;

  @ApiProperty({ enum: LOW_CARBON_MODES }) @IsIn(LOW_CARBON_MODES)
  mode: LowCarbonMode;
}

/** A preparation session, a follow-up contact or a debrief, on the day it took place (CTI-MOB-9). */
export class SupportStepDto extends StayRecordDto {
  @ApiProperty({ example: '2026-01-10' }) @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  date: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) @FreeText()
  note?: string;
}

export class ApprenticeshipModalityDto extends StayRecordDto {
  @ApiProperty({ enum: MODALITIES, description: "The employer's choice for this stay (CTI-MOB-5)" }) @IsIn(MODALITIES)
  modality: ApprenticeshipModality;
}
