import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';

export class MinimumWeeksDto {
  @ApiProperty({ example: 17, description: 'Whole weeks abroad required of students (CTI-MOB-1)' }) @IsInt() @Min(1) @Max(104)
  student: number;

  @ApiProperty({ example: 12, description: 'Whole weeks required of apprentices; never below 9 (CTI-MOB-5)' }) @IsInt() @Min(1) @Max(104)
  apprentice: number;
}

export class LowCarbonTravelSettingDto {
  @ApiProperty({ description: 'Whether low-carbon travel days count in the length of a stay (CTI-MOB-8)' }) @IsBoolean()
  counts: boolean;

  @ApiProperty({ example: 4, description: 'Days counted per stay at most' }) @IsInt() @Min(0) @Max(60)
  maxDays: number;
}

/** The part of the study regulations that frames the mandatory stay abroad. */
export class StudyRegulationsDto {
  @ApiProperty({ type: MinimumWeeksDto }) @IsObject() @ValidateNested() @Type(() => MinimumWeeksDto)
  minimumWeeksAbroad: MinimumWeeksDto;

  @ApiProperty({ type: LowCarbonTravelSettingDto }) @IsObject() @ValidateNested() @Type(() => LowCarbonTravelSettingDto)
  lowCarbonTravel: LowCarbonTravelSettingDto;

  @ApiProperty({ description: 'Whether supervised preparatory-cycle stays count (CTI-MOB-1)' }) @IsBoolean()
  preparatoryCycleCounts: boolean;

  @ApiPropertyOptional({ description: 'Whether a learning agreement needs an IIA in effect or an individual convention before the receiving institution signs (LA-PARTNERSHIP)' })
  @IsOptional() @IsBoolean()
  partnershipCheck?: boolean;

  @ApiPropertyOptional({ description: "Whether the participants' survey is also asked during the stay, not only after the return (CTI-MOB-9)" })
  @IsOptional() @IsBoolean()
  surveyDuringStay?: boolean;
}
