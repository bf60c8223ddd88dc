import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsArray, IsObject, IsString, ValidateNested } from 'class-validator';
import { SURVEY_LIMITS, SURVEY_MOMENTS, SURVEY_QUESTION_KINDS, type SurveyMoment, type SurveyQuestionKind } from '@app/domain';

/**
 * Shapes only (`@Allow()`: the value is the domain's to check): the rules (ids, kinds, moments, wording in both languages, lengths) are the
 * domain's, which names each field at fault with its rule (SURVEY-QUESTION-SET,
 * SURVEY-QUESTION-ID, SURVEY-QUESTION-WORDING).
 */
export class SurveyWordingDto {
  @ApiProperty({ maxLength: SURVEY_LIMITS.wordingLength, example: 'Préparation avant le départ' }) @IsString()
  fr: string;

  @ApiProperty({ maxLength: SURVEY_LIMITS.wordingLength, example: 'Preparation before departure' }) @IsString()
  en: string;
}

export class SurveyQuestionDto {
  @ApiProperty({ example: 'preparation', description: 'Stable id: lowercase letters, digits and hyphens; keeps its kind from version to version (SURVEY-QUESTION-ID)' }) @Allow()
  id: string;

  @ApiProperty({ enum: SURVEY_QUESTION_KINDS, description: 'A rating from 1 to 5, or free text' }) @Allow()
  kind: SurveyQuestionKind;

  @ApiProperty({ type: SurveyWordingDto, description: 'In French and English (SURVEY-QUESTION-WORDING)' }) @IsObject() @ValidateNested() @Type(() => SurveyWordingDto)
  wording: SurveyWordingDto;

  @ApiProperty() @Allow()
  required: boolean;

  @ApiProperty({ enum: SURVEY_MOMENTS, isArray: true, description: 'When it is asked: during the stay, after the return, or both' }) @Allow()
  moments: SurveyMoment[];
}

/** The participants' survey, worded by the school (CTI-MOB-9): replaces the questions in force with a new version. */
export class SurveyQuestionsDto {
  @ApiProperty({ type: [SurveyQuestionDto], maxItems: SURVEY_LIMITS.questions }) @IsArray() @ValidateNested({ each: true }) @Type(() => SurveyQuestionDto)
  questions: SurveyQuestionDto[];
}
