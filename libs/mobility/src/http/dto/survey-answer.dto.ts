import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { FreeText } from '@app/http';
import { SURVEY_LIMITS, SURVEY_MOMENTS, type SurveyMoment } from '@app/domain';

/** One answer: the question's id, and a rating from 1 to 5 or a text as the question asks (SURVEY-QUESTION, SURVEY-RATING). */
export class SurveyAnswerItemDto {
  @ApiProperty({ example: 'preparation', description: "The id of a question the school's survey asks at that moment" }) @IsString() @MaxLength(SURVEY_LIMITS.idLength)
  questionId: string;

  @ApiProperty({ oneOf: [{ type: 'integer', minimum: 1, maximum: 5 }, { type: 'string', maxLength: SURVEY_LIMITS.textAnswerLength }], description: 'A rating from 1 to 5, or free text' })
  @IsDefined()
  @FreeText()
  value: number | string;
}

/** The student's answer to the survey on one of their mobilities (SURVEY-ONCE, SURVEY-QUESTION, SURVEY-REQUIRED, SURVEY-RATING). */
export class SurveyAnswerDto {
  @ApiProperty({ description: "The learning agreement's mobility id; the agreement must be this student's" }) @IsUUID()
  mobilityId: string;

  @ApiProperty({ enum: SURVEY_MOMENTS, description: 'During the stay, or after the return' }) @IsIn(SURVEY_MOMENTS)
  moment: SurveyMoment;

  @ApiProperty({ type: [SurveyAnswerItemDto], description: 'One answer per question answered; every required question of the moment is answered' })
  @IsArray() @ArrayMaxSize(SURVEY_LIMITS.questions) @ValidateNested({ each: true }) @Type(() => SurveyAnswerItemDto)
  answers: SurveyAnswerItemDto[];
}

export class SurveyFormQueryDto {
  @ApiProperty({ enum: SURVEY_MOMENTS, description: 'During the stay, or after the return' }) @IsIn(SURVEY_MOMENTS)
  moment: SurveyMoment;
}
