import { ApiProperty } from '@nestjs/swagger';
import { SURVEY_MOMENTS, type SurveyMoment } from '@app/domain';
import { Documents } from '@app/http';
import { SurveyFormView } from '../../read/survey-form-view';
import { SurveyQuestionDto } from '../dto/survey-questions.dto';

/** GET /api/students/:studentId/surveys/:mobilityId */
export class SurveyFormResponse implements Documents<SurveyFormView, SurveyFormResponse> {
  @ApiProperty() mobilityId: string;
  @ApiProperty({ enum: SURVEY_MOMENTS }) moment: SurveyMoment;
  @ApiProperty({ example: 'insa-lyon.fr', description: 'The sending school, whose questions they are' }) school: string;
  @ApiProperty({ description: "The version of the school's questions (0: the ledger's own)" }) questionSetVersion: number;
  @ApiProperty({ type: [SurveyQuestionDto], description: 'Asked at that moment, in the school’s order' }) questions: SurveyQuestionDto[];
  @ApiProperty({ description: 'SURVEY-ONCE: answered already' }) answered: boolean;
}
