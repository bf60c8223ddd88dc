import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FreeText } from '@app/http';
import { SURVEY_MOMENTS, type SurveyMoment } from '@app/domain';

/** The student's answer to the survey on one of their mobilities (SURVEY-ONCE, SURVEY-RATING). */
export class SurveyAnswerDto {
  @ApiProperty({ description: "The learning agreement's mobility id; the agreement must be this student's" }) @IsUUID()
  mobilityId: string;

  @ApiProperty({ enum: SURVEY_MOMENTS, description: 'During the stay, or after the return' }) @IsIn(SURVEY_MOMENTS)
  moment: SurveyMoment;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'Satisfaction with the preparation before departure (SURVEY-RATING)' }) @IsInt() @Min(1) @Max(5)
  preparation: number;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'Satisfaction with the stay (SURVEY-RATING)' }) @IsInt() @Min(1) @Max(5)
  stay: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Satisfaction with the recognition of the credits; after the return only (SURVEY-RATING)' })
  @IsOptional() @IsInt() @Min(1) @Max(5)
  recognition?: number;

  @ApiPropertyOptional({ description: 'Free comments' }) @IsOptional() @IsString() @MaxLength(4000) @FreeText()
  comments?: string;
}
